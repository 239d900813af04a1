/// A block of the page with the verdict Winnow gave it.
///
/// ```swift
/// for explained in article.blocks where explained.decision == .boilerplate {
///     print(explained.block.text, "—", explained.reason)
/// }
/// ```
public struct ExplainedBlock: Sendable, Hashable {
    /// The block.
    public var block: TextBlock
    /// Kept or dropped.
    public var decision: Decision
    /// Content probability after every stage, 0…1.
    public var score: Double
    /// The signal that settled the decision.
    public var reason: Reason

    /// Creates an explained block.
    ///
    /// ```swift
    /// let explained = ExplainedBlock(block: block, decision: .content, score: 0.9, reason: .title)
    /// ```
    public init(block: TextBlock, decision: Decision, score: Double, reason: Reason) {
        self.block = block
        self.decision = decision
        self.score = score
        self.reason = reason
    }
}

/// The article Winnow found on a page, and the verdict on every block.
///
/// ```swift
/// let article = Extractor().extract(Page(html: html, url: url))
/// print(article.title ?? "")
/// print(article.text)           // the body, one block per line
/// ```
public struct Article: Sendable {
    /// The page's identifier, as given.
    public var id: String?
    /// The page's URL (as given, else canonical).
    public var url: String?
    /// The article's title.
    public var title: String?
    /// The detected language, an ISO 639-1 code such as `"vi"` or `"en"`, when known.
    public var language: String?
    /// What the page says about itself.
    public var metadata: PageMetadata
    /// Every block of the page in reading order, with its decision, score and reason.
    public var blocks: [ExplainedBlock]
    /// Notes on limits and fallbacks that changed the result, and on an empty body.
    public var notes: [String]

    /// Creates an article.
    ///
    /// ```swift
    /// let article = Article(title: "Hi", metadata: PageMetadata(), blocks: [])
    /// ```
    public init(
        id: String? = nil, url: String? = nil, title: String?, language: String? = nil,
        metadata: PageMetadata, blocks: [ExplainedBlock], notes: [String] = []
    ) {
        self.id = id
        self.url = url
        self.title = title
        self.language = language
        self.metadata = metadata
        self.blocks = blocks
        self.notes = notes
    }

    /// The kept blocks, in reading order, without the title block.
    ///
    /// ```swift
    /// article.body.map(\.text)
    /// ```
    public var body: [TextBlock] {
        blocks.filter { $0.decision == .content && $0.reason != .title }.map(\.block)
    }

    /// The body as plain text: kept blocks joined by newlines, the title not repeated.
    ///
    /// ```swift
    /// print(article.text)
    /// ```
    public var text: String {
        // `body.map(\.text).joined(separator: "\n")`, without copying the blocks.
        var text = ""
        var first = true
        for explained in blocks where explained.decision == .content && explained.reason != .title {
            if !first { text += "\n" }
            first = false
            text += explained.block.text
        }
        return text
    }
}
