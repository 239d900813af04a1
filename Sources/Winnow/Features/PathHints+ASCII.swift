extension PathHints {
    /// ``tokens(of:)`` for a path of ASCII bytes (nearly all of them), read byte by byte; `nil`
    /// when the path holds other characters. Same tokens as the general reading: in ASCII a
    /// character is one byte, a letter is `A`–`Z` or `a`–`z`.
    static func asciiTokens(of path: String) -> [String]? {
        var tokens: [String] = []
        return forEachASCIIToken(of: path) { tokens.append($0) } ? tokens : nil
    }

    /// Calls `body` with each token of an ASCII path, in order, and returns `true`; returns
    /// `false` at once, before any call, when the path holds a non-ASCII byte.
    static func forEachASCIIToken(of path: String, _ body: (String) -> Void) -> Bool {
        guard path.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
        var path = path
        path.withUTF8 { bytes in
            var current: [UInt8] = []
            var inName = false
            var previousWasLower = false
            func flush() {
                if current.count >= 2 { body(String(decoding: current, as: UTF8.self)) }
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
        }
        return true
    }
}
