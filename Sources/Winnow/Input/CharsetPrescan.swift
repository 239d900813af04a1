/// Finds the charset a page declares in its first bytes: `<meta charset=…>`,
/// `<meta http-equiv="Content-Type" content="…; charset=…">` or an XML declaration's `encoding`.
///
/// ```swift
/// CharsetPrescan.declaredLabel(Array(#"<meta charset="koi8-r">"#.utf8)[...]) // "koi8-r"
/// ```
///
/// - Complexity: O(*n*) in the bytes scanned; the caller bounds them
///   (``Configuration/Limits/charsetPrescanBytes``).
enum CharsetPrescan {
    /// The first declared charset label, lower-cased, or `nil`.
    static func declaredLabel(_ bytes: ArraySlice<UInt8>) -> String? {
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if let label = xmlEncoding(lower) { return label }
        var index = 0
        while let meta = find(Array("<meta".utf8), in: lower, from: index) {
            let end = lower[meta...].firstIndex(of: UInt8(ascii: ">")) ?? lower.endIndex
            if let label = charsetValue(lower[meta..<end]) { return label }
            index = meta + 1
        }
        return nil
    }

    /// `encoding="…"` of an XML declaration that opens the bytes.
    private static func xmlEncoding(_ lower: [UInt8]) -> String? {
        let opening = Array("<?xml".utf8)
        guard lower.count >= opening.count, Array(lower.prefix(opening.count)) == opening else { return nil }
        let end = find(Array("?>".utf8), in: lower, from: 0) ?? lower.endIndex
        guard let key = find(Array("encoding".utf8), in: lower, from: 0), key < end else { return nil }
        return value(after: key + "encoding".utf8.count, in: lower[..<end])
    }

    /// The value after `charset` inside one `<meta …>` tag.
    private static func charsetValue(_ tag: ArraySlice<UInt8>) -> String? {
        let tagBytes = Array(tag)
        guard let key = find(Array("charset".utf8), in: tagBytes, from: 0) else { return nil }
        return value(after: key + "charset".utf8.count, in: tagBytes[...])
    }

    /// Reads `= "value"`, `='value'` or `=value` starting at `start`.
    private static func value(after start: Int, in bytes: ArraySlice<UInt8>) -> String? {
        var index = start
        func skipSpaces() { while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 } }
        skipSpaces()
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        skipSpaces()
        let stops: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x22, 0x27, 0x3B, 0x3E, 0x2F, 0x3F]
        while index < bytes.endIndex, bytes[index] == 0x22 || bytes[index] == 0x27 { index += 1 }
        let begin = index
        while index < bytes.endIndex, !stops.contains(bytes[index]) { index += 1 }
        guard index > begin, bytes[begin..<index].allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(decoding: bytes[begin..<index], as: UTF8.self)
    }

    /// First index of `pattern` in `bytes` at or after `from`.
    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = from
        while index <= bytes.count - pattern.count {
            if bytes[index] == first, bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
