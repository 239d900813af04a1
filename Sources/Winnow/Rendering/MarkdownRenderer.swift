/// Renders an article as Markdown: the title as `#`, headings as `#`…`######`, list items as
/// `- `, quotes as `> `, table rows as `| a | b |`, preformatted text fenced, other blocks as
/// paragraphs.
///
/// ```swift
/// let markdown = MarkdownRenderer().render(article)
/// // # Title
/// //
/// // First paragraph.
/// //
/// // - item one
/// // - item two
/// ```
///
/// Text that would read as Markdown syntax at a line start (`# `, `- `, `> `, `1. `) is escaped
/// with a backslash; `|` in table cells is escaped.
public struct MarkdownRenderer: Sendable {
    /// Creates a renderer.
    ///
    /// ```swift
    /// let renderer = MarkdownRenderer()
    /// ```
    public init() {}

    /// The article as Markdown, ending without a trailing newline.
    ///
    /// ```swift
    /// MarkdownRenderer().render(article).hasPrefix("# ") // true when the article has a title
    /// ```
    public func render(_ article: Article) -> String {
        var output = ""
        var previous: Group?
        if let title = article.title?.trimmingSpaces, !title.isEmpty {
            output = "# " + Self.escapedInline(title)
            previous = .single
        }
        for unit in RenderUnits.group(article.body) {
            let (group, text) = Self.render(unit, after: previous)
            if let previous { output += previous == group && group != .single ? group.separator : "\n\n" }
            output += text
            previous = group
        }
        return output
    }

    /// Which consecutive units join into one Markdown element.
    private enum Group: Equatable {
        case single, list, quote, table
        var separator: String { self == .quote ? "\n>\n" : "\n" }
    }

    private static func render(_ unit: RenderUnits.Unit, after previous: Group?) -> (Group, String) {
        switch unit {
        case .row(let cells):
            let line = "| " + cells.map { escapedInline($0).replacingOccurrences(of: "|", with: "\\|") }
                .joined(separator: " | ") + " |"
            if previous == .table { return (.table, line) }
            let rule = "|" + String(repeating: " --- |", count: cells.count)
            return (.table, line + "\n" + rule)
        case .block(let block):
            switch block.kind {
            case .heading:
                let level = min(max(block.headingLevel ?? 2, 1), 6)
                return (.single, String(repeating: "#", count: level) + " " + escapedInline(block.text))
            case .listItem: return (.list, "- " + escapedInline(block.text))
            case .quote: return (.quote, "> " + escapedLineStart(block.text))
            case .preformatted: return (.single, fenced(block.text))
            case .paragraph, .caption, .line, .tableCell: return (.single, escapedLineStart(block.text))
            }
        }
    }

    /// Escapes characters that would start a Markdown block at the beginning of a line.
    static func escapedLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "#>-+*=".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = text.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }

    /// Text inside a heading or list item: only a leading marker needs escaping.
    static func escapedInline(_ text: String) -> String { escapedLineStart(text) }

    /// Fences preformatted text with more backticks than its longest backtick run.
    static func fenced(_ text: String) -> String {
        var longest = 0, run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + "\n" + text + "\n" + fence
    }
}
