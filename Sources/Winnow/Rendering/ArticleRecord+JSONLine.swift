extension ArticleRecord {
    /// Appends the record as one line of compact JSON with sorted keys and unescaped slashes: the
    /// bytes `JSONEncoder` makes with `[.sortedKeys, .withoutEscapingSlashes]`, without its
    /// intermediate values (no newline is added).
    ///
    /// ```swift
    /// var line: [UInt8] = []
    /// ArticleRecord(article, source: "page.html").appendJSON(to: &line)
    /// ```
    public func appendJSON(to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        if let blocks {
            Self.appendKey("blocks", to: &out)
            out.append(UInt8(ascii: "["))
            for (index, block) in blocks.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: #"{"decision":"#.utf8)
                Self.appendString(block.decision, to: &out)
                out.append(contentsOf: #","kind":"#.utf8)
                Self.appendString(block.kind, to: &out)
                out.append(contentsOf: #","reason":"#.utf8)
                Self.appendString(block.reason, to: &out)
                out.append(contentsOf: #","score":"#.utf8)
                Self.appendNumber(block.score, to: &out)
                out.append(contentsOf: #","text":"#.utf8)
                Self.appendString(block.text, to: &out)
                out.append(UInt8(ascii: "}"))
            }
            out.append(contentsOf: "],".utf8)
        }
        Self.appendMember("id", id, to: &out)
        Self.appendMember("language", language, to: &out)
        if let notes {
            Self.appendKey("notes", to: &out)
            out.append(UInt8(ascii: "["))
            for (index, note) in notes.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.appendString(note, to: &out)
            }
            out.append(contentsOf: "],".utf8)
        }
        Self.appendMember("source", source, to: &out)
        Self.appendMember("text", text, to: &out)
        Self.appendMember("title", title, to: &out)
        Self.appendKey("url", to: &out)
        Self.appendOptional(url, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    private static func appendKey(_ key: StaticString, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(contentsOf: "\":".utf8)
    }

    /// `"key":value,` for a member followed by others.
    private static func appendMember(_ key: StaticString, _ value: String?, to out: inout [UInt8]) {
        appendKey(key, to: &out)
        appendOptional(value, to: &out)
        out.append(UInt8(ascii: ","))
    }

    private static func appendOptional(_ value: String?, to out: inout [UInt8]) {
        if let value { appendString(value, to: &out) } else { out.append(contentsOf: "null".utf8) }
    }

    /// `JSONEncoder`'s number text: the shortest round-trip form, without a trailing `.0`.
    private static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        out.append(contentsOf: text.utf8)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// A quoted string: `"` and `\` escaped, control characters as `\b \f \n \r \t` or `\u00XX`.
    static func appendString(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var copy = value
        copy.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                start = index + 1
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                default:
                    out.append(contentsOf: "u00".utf8)
                    out.append(hexDigits[Int(byte >> 4)])
                    out.append(hexDigits[Int(byte & 0xF)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
