extension PathHints {
    /// ``tokens(of:)`` for a path of ASCII bytes (nearly all of them), read byte by byte; `nil`
    /// when the path holds other characters. Same tokens as the general reading: in ASCII a
    /// character is one byte, a letter is `A`–`Z` or `a`–`z`.
    static func asciiTokens(of path: String) -> [String]? {
        var path = path
        return path.withUTF8 { bytes -> [String]? in
            var tokens: [String] = []
            var current: [UInt8] = []
            var inName = false
            var previousWasLower = false
            func flush() {
                if current.count >= 2 { tokens.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: ">"):
                    flush()
                    inName = false
                case UInt8(ascii: "."), UInt8(ascii: "#"):
                    flush()
                    inName = true
                case 0x80...:
                    return nil
                default:
                    guard inName else { continue }
                    let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
                    let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
                    if isUpper || isLower {
                        if isUpper && previousWasLower { flush() }
                        current.append(isUpper ? byte + 32 : byte)
                        previousWasLower = isLower
                    } else {
                        flush()
                        previousWasLower = false
                    }
                }
            }
            flush()
            return tokens
        }
    }
}
