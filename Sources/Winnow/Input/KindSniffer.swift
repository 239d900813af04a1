/// Decides whether text of unknown kind is HTML or plain text.
///
/// HTML when, after leading white space and byte-order marks, the text opens with `<!doctype`,
/// `<html`, `<head`, `<body`, `<?xml` or a comment, or when its first bytes hold at least
/// ``Configuration/Limits/minimumSniffedTags`` tags of common HTML elements.
///
/// ```swift
/// KindSniffer(limits: .init()).kind(of: "<!DOCTYPE html><p>Hi") // .html
/// KindSniffer(limits: .init()).kind(of: "Title\n\nBody")        // .text
/// ```
///
/// - Complexity: O(*k*) in ``Configuration/Limits/kindSniffBytes``.
struct KindSniffer: Sendable {
    var limits: Configuration.Limits

    func kind(of text: String) -> Page.Kind {
        kind(of: .string(text))
    }

    func kind(of text: UTF8Text) -> Page.Kind {
        var head = text.withUTF8 { Array($0.prefix(max(0, limits.kindSniffBytes))) }[...]
        while let first = head.first {
            if [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(first) {
                head = head.dropFirst()
            } else if head.starts(with: [0xEF, 0xBB, 0xBF]) {
                head = head.dropFirst(3)  // U+FEFF
            } else {
                break
            }
        }
        let lower = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if Self.openings.contains(where: { lower.starts(with: $0) }) { return .html }
        return tagCount(lower) >= limits.minimumSniffedTags ? .html : .text
    }

    /// Opening tags or closing tags of common elements in `lower`.
    private func tagCount(_ lower: [UInt8]) -> Int {
        var count = 0
        var index = 0
        while index < lower.count {
            defer { index += 1 }
            guard lower[index] == UInt8(ascii: "<") else { continue }
            var start = index + 1
            if start < lower.count, lower[start] == UInt8(ascii: "/") { start += 1 }
            var end = start
            while end < lower.count, Self.isNameByte(lower[end]) { end += 1 }
            guard end > start, end < lower.count, Self.isTagEnd(lower[end]) else { continue }
            if Self.elements.contains(Array(lower[start..<end])) { count += 1 }
        }
        return count
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    private static func isTagEnd(_ byte: UInt8) -> Bool {
        byte == 0x3E || byte == 0x20 || byte == 0x2F || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static let openings: [[UInt8]] = ["<!doctype", "<html", "<head", "<body", "<?xml", "<!--"].map { Array($0.utf8) }

    private static let elements: Set<[UInt8]> = Set([
        "a", "abbr", "article", "aside", "b", "blockquote", "br", "div", "dl", "dd", "dt", "em", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "input", "li", "link",
        "main", "meta", "nav", "ol", "p", "pre", "script", "section", "span", "strong", "style", "table",
        "td", "th", "title", "tr", "u", "ul",
    ].map { Array($0.utf8) })
}
