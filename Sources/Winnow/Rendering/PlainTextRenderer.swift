/// Renders an article as plain text: the title line, a blank line, then the body, one block per line.
///
/// ```swift
/// let article = Extractor().extract(Page(html: html))
/// print(PlainTextRenderer().render(article))
/// // Title
/// //
/// // First paragraph.
/// // Second paragraph.
/// ```
public struct PlainTextRenderer: Sendable {
    /// Creates a renderer.
    ///
    /// ```swift
    /// let renderer = PlainTextRenderer()
    /// ```
    public init() {}

    /// The article as text; without a title, only the body. Ends without a trailing newline.
    ///
    /// ```swift
    /// PlainTextRenderer().render(article) // "Title\n\nBody line 1\nBody line 2"
    /// ```
    public func render(_ article: Article) -> String {
        let title = article.title?.trimmingSpaces ?? ""
        let body = article.text
        if title.isEmpty { return body }
        if body.isEmpty { return title }
        return title + "\n\n" + body
    }
}

extension String {
    /// The string without leading and trailing white space (spaces, tabs, newlines).
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
