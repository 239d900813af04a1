/// Renders an article as a minimal HTML fragment: one `<article>` holding the title as `<h1>`,
/// headings, paragraphs, lists, quotes, table rows and preformatted text, all text escaped.
///
/// ```swift
/// let html = HTMLRenderer().render(article)
/// // <article>
/// // <h1>Title</h1>
/// // <p>First paragraph.</p>
/// // </article>
/// ```
public struct HTMLRenderer: Sendable {
    /// Creates a renderer.
    ///
    /// ```swift
    /// let renderer = HTMLRenderer()
    /// ```
    public init() {}

    /// The article as an HTML fragment, one element per line, ending without a trailing newline.
    ///
    /// ```swift
    /// HTMLRenderer().render(article).hasPrefix("<article") // true
    /// ```
    public func render(_ article: Article) -> String {
        var lines = [article.language.map { "<article lang=\"\(Self.escaped($0))\">" } ?? "<article>"]
        if let title = article.title?.trimmingSpaces, !title.isEmpty {
            lines.append("<h1>\(Self.escaped(title))</h1>")
        }
        var open: String?
        func enter(_ container: String?) {
            guard container != open else { return }
            if let open { lines.append("</\(open)>") }
            if let container { lines.append("<\(container)>") }
            open = container
        }
        for unit in RenderUnits.group(article.body) {
            switch unit {
            case .row(let cells):
                enter("table")
                lines.append("<tr>" + cells.map { "<td>\(Self.escaped($0))</td>" }.joined() + "</tr>")
            case .block(let block):
                let (container, element) = Self.element(for: block)
                enter(container)
                lines.append("<\(element)>\(Self.escaped(block.text))</\(element)>")
            }
        }
        enter(nil)
        lines.append("</article>")
        return lines.joined(separator: "\n")
    }

    /// The container (for runs of list items and quotes) and the element of one block.
    private static func element(for block: TextBlock) -> (container: String?, element: String) {
        switch block.kind {
        case .heading: return (nil, "h\(min(max(block.headingLevel ?? 2, 1), 6))")
        case .listItem: return ("ul", "li")
        case .quote: return ("blockquote", "p")
        case .preformatted: return (nil, "pre")
        case .paragraph, .caption, .line, .tableCell: return (nil, "p")
        }
    }

    /// Escapes `&`, `<`, `>` and `"` for text and attribute values.
    ///
    /// ```swift
    /// HTMLRenderer.escaped("a < b & c") // "a &lt; b &amp; c"
    /// ```
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
