extension PathHints {
    /// ``tokens(of:)`` for a path of ASCII bytes (nearly all of them), read byte by byte; `nil`
    /// when the path holds other characters. Same tokens as the general reading: in ASCII a
    /// character is one byte, a letter is `A`–`Z` or `a`–`z`.
    static func asciiTokens(of path: String) -> [String]? {
        var tokens: [String] = []
        return forEachASCIIToken(of: path) { tokens.append(String(decoding: $0, as: UTF8.self)) } ? tokens : nil
    }

    /// Calls `body` with the bytes of each token of an ASCII path, in order, and returns `true`;
    /// returns `false` at once, before any call, when the path holds a non-ASCII byte.
    static func forEachASCIIToken(of path: String, _ body: ([UInt8]) -> Void) -> Bool {
        guard path.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
        var path = path
        path.withUTF8 { bytes in
            var current: [UInt8] = []
            var inName = false
            var previousWasLower = false
            func flush() {
                if current.count >= 2 { body(current) }
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

extension PathHints {
    /// ``forEachASCIIToken(of:_:)`` without copying: calls `body` with each token's bytes as they
    /// stand in the path (a token is a run of letters, so its bytes are contiguous), capitals not
    /// yet lowered.
    static func forEachASCIITokenRange(of path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 { return false }
            forEachASCIIToken(in: bytes, body)
            return true
        }
    }

    /// The tokens of ASCII path bytes, as ``forEachASCIITokenRange(of:_:)`` gives them. A stretch
    /// of a path that starts at a `>` (or at the start) and ends before one reads alone as it
    /// reads inside the whole path: the reading holds no state across a `>` but what it has
    /// already given.
    @inline(__always)
    static func forEachASCIIToken(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = -1
        var inName = false
        var previousWasLower = false
        func flush(_ end: Int) {
            if start >= 0 && end - start >= 2 { body(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
            start = -1
        }
        for offset in bytes.indices {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: ">"):
                flush(offset)
                inName = false
            case UInt8(ascii: "."), UInt8(ascii: "#"):
                flush(offset)
                inName = true
            default:
                guard inName else { continue }
                let isUpper = byte &- UInt8(ascii: "A") < 26
                let isLower = byte &- UInt8(ascii: "a") < 26
                if isUpper || isLower {
                    if isUpper && previousWasLower { flush(offset) }
                    if start < 0 { start = offset }
                    previousWasLower = isLower
                } else {
                    flush(offset)
                    previousWasLower = false
                }
            }
        }
        flush(bytes.count)
    }
}

/// The entries already counted on one path: the first eight inline (no allocation, so a tally
/// is cheap to copy), then a short list, then a set once it grows, so a path of many weighted
/// words stays linear.
struct CountedEntries {
    private var inline = SIMD8<Int32>(repeating: -1)
    private var inlineCount = 0
    private var list: [Int] = []
    private var set: Set<Int> = []

    /// Adds `entry` (an entry number, 0 or more); `false` when it was counted before.
    mutating func insert(_ entry: Int) -> Bool {
        if let small = Int32(exactly: entry) {
            // Element by element: a vector comparison is compiled lane by lane through memory here.
            for index in 0..<inlineCount where inline[index] == small { return false }
            if inlineCount < 8 {
                inline[inlineCount] = small
                inlineCount += 1
                return true
            }
        }
        if list.count < 16 {
            if list.contains(entry) { return false }
            list.append(entry)
            return true
        }
        if list.contains(entry) { return false }
        return set.insert(entry).inserted
    }
}
