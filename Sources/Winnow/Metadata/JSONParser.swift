/// Reads one ``JSONValue`` from UTF-8 bytes, in one of two dialects of RFC 8259 JSON (see
/// ``Dialect``). Whatever the dialect does not read gives `nil`.
///
/// ```swift
/// let value = Array(#"[1, "a"]"#.utf8).withUnsafeBufferPointer { JSONParser.parse($0, dialect: .foundation) }
/// ```
///
/// - Complexity: O(*n*) in the bytes; recursion at most the dialect's ``Dialect/maximumDepth``.
struct JSONParser {
    /// What is read beyond the strict grammar.
    enum Dialect {
        /// As Foundation's `JSONSerialization` reads it (for JSON-LD, whose answers on the dataset
        /// pages it gives): a byte order mark before the text, a comma after the last member or
        /// element (`[1, 2, ]`), escapes decoded, nesting to 512 levels.
        case foundation
        /// Only what surely reads the same by any decoder (for ``ModelFileReader``): no byte order
        /// mark, no trailing comma, no escape, only finite numbers, nesting to 8 levels.
        case exactSubset

        /// Objects and arrays nested deeper than this give `nil`.
        var maximumDepth: Int { self == .foundation ? 512 : 8 }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let dialect: Dialect
    private var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>, dialect: Dialect) {
        self.bytes = bytes
        self.dialect = dialect
        if dialect == .foundation && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            position = 3
        }
    }

    /// The single value that `bytes` hold (white space around it allowed), or `nil`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, dialect: Dialect) -> JSONValue? {
        var parser = JSONParser(bytes: bytes, dialect: dialect)
        guard let value = parser.value(depth: 0), parser.atEndAfterSpace() else { return nil }
        return value
    }

    /// Whether only white space is left.
    mutating func atEndAfterSpace() -> Bool {
        skipSpace()
        return position == bytes.count
    }

    /// The value at the current position, `depth` containers deep; `nil` when malformed.
    mutating func value(depth: Int) -> JSONValue? {
        skipSpace()
        guard position < bytes.count else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "{"): return depth < dialect.maximumDepth ? object(depth: depth + 1) : nil
        case UInt8(ascii: "["): return depth < dialect.maximumDepth ? array(depth: depth + 1) : nil
        case UInt8(ascii: "\""): return string().map(JSONValue.string)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number().map(JSONValue.number)
        default:
            if literal("null") { return .null }
            if literal("true") { return .boolean(true) }
            return literal("false") ? .boolean(false) : nil
        }
    }

    private mutating func object(depth: Int) -> JSONValue? {
        position += 1
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if take(UInt8(ascii: "}")) { return .object(members) }
        while true {
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), let key = string() else { return nil }
            skipSpace()
            guard take(UInt8(ascii: ":")), let value = value(depth: depth) else { return nil }
            members.append((key, value))
            skipSpace()
            if take(UInt8(ascii: ",")) {
                if closesAfterTrailingComma(UInt8(ascii: "}")) { return .object(members) }
                continue
            }
            return take(UInt8(ascii: "}")) ? .object(members) : nil
        }
    }

    private mutating func array(depth: Int) -> JSONValue? {
        position += 1
        var elements: [JSONValue] = []
        skipSpace()
        if take(UInt8(ascii: "]")) { return .array(elements) }
        while true {
            guard let element = value(depth: depth) else { return nil }
            elements.append(element)
            skipSpace()
            if take(UInt8(ascii: ",")) {
                if closesAfterTrailingComma(UInt8(ascii: "]")) { return .array(elements) }
                continue
            }
            return take(UInt8(ascii: "]")) ? .array(elements) : nil
        }
    }

    /// The string opening at the current quote, escapes decoded.
    private mutating func string() -> String? {
        position += 1
        var decoded: [UInt8] = []
        var runStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text: String?
                if decoded.isEmpty {
                    text = String(validating: UnsafeBufferPointer(rebasing: bytes[runStart..<position]), as: UTF8.self)
                } else {
                    decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                    text = String(validating: decoded, as: UTF8.self)
                }
                position += 1
                return text
            }
            if byte < 0x20 { return nil }
            guard byte == UInt8(ascii: "\\") else {
                position += 1
                continue
            }
            guard dialect == .foundation else { return nil }
            decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
            guard escape(into: &decoded) else { return nil }
            runStart = position
        }
        return nil
    }

    /// Decodes the escape at the current backslash into `decoded` (``JSONEscape``).
    private mutating func escape(into decoded: inout [UInt8]) -> Bool {
        guard position + 1 < bytes.count else { return false }
        let code = bytes[position + 1]
        position += 2
        if let byte = JSONEscape.simple(code) {
            decoded.append(byte)
            return true
        }
        guard code == UInt8(ascii: "u"), let scalar = JSONEscape.unicodeScalar(in: bytes, at: &position) else { return false }
        decoded.append(contentsOf: scalar.utf8)
        return true
    }

    /// A number in JSON's grammar (`-`? int frac? exp?, no leading zeros), read by `Double`'s
    /// correctly rounded parser; `nil` when malformed, or not finite in the exact subset.
    private mutating func number() -> Double? {
        let start = position
        _ = take(UInt8(ascii: "-"))
        guard position < bytes.count, isDigit(bytes[position]) else { return nil }
        if take(UInt8(ascii: "0")) {
            if position < bytes.count && isDigit(bytes[position]) { return nil }
        } else {
            skipDigits()
        }
        if take(UInt8(ascii: ".")) {
            guard position < bytes.count, isDigit(bytes[position]) else { return nil }
            skipDigits()
        }
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            guard position < bytes.count, isDigit(bytes[position]) else { return nil }
            skipDigits()
        }
        let number = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)) ?? .nan
        return dialect == .exactSubset && !number.isFinite ? nil : number
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipDigits() {
        while position < bytes.count && isDigit(bytes[position]) { position += 1 }
    }

    /// After a comma: in the Foundation dialect, whether `close` follows (the comma was the last).
    private mutating func closesAfterTrailingComma(_ close: UInt8) -> Bool {
        guard dialect == .foundation else { return false }
        skipSpace()
        return take(close)
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] { return false }
        position += count
        return true
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// JSON's white space: space, tab, line feed, carriage return.
    private mutating func skipSpace() {
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { return }
            position += 1
        }
    }
}
