/// An article as a flat, `Codable` record: the JSON and JSONL output of the `winnow` CLI.
///
/// `{"id", "source", "url", "title", "text", "language"}` always (absent values as `null`), plus
/// `"blocks"` with every block's verdict when made with `explain: true`, and `"notes"` when the
/// page was cut or worked around (``Article/notes``). `text` is the body
/// without the title, blocks joined by `"\n"`.
///
/// ```swift
/// let record = ArticleRecord(article, source: "page.html", explain: false)
/// let encoder = JSONEncoder()
/// encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
/// print(String(decoding: try encoder.encode(record), as: UTF8.self))
/// ```
public struct ArticleRecord: Sendable, Hashable, Codable {
    /// The page's identifier (for a file, its name; for a JSONL record, its `id`).
    public var id: String?
    /// Where the page came from: a file path, or `path:line` for a JSONL record.
    public var source: String?
    /// The page's URL, as given or from the page's canonical link.
    public var url: String?
    /// The article's title.
    public var title: String?
    /// The article body: kept blocks joined by newlines, the title not repeated.
    public var text: String
    /// The detected language (ISO 639-1), when known.
    public var language: String?
    /// Every block with its verdict; only when explaining.
    public var blocks: [Block]?
    /// What was cut or worked around on the page (``Article/notes``); absent when there is nothing.
    public var notes: [String]?

    /// One block's verdict, with its reason in words.
    ///
    /// ```swift
    /// let block = ArticleRecord.Block(text: "Home", kind: "listItem", decision: "boilerplate",
    ///                                 score: 0.1, reason: "link density 1.00")
    /// ```
    public struct Block: Sendable, Hashable, Codable {
        /// The block's text.
        public var text: String
        /// The block's kind (``TextBlock/Kind`` raw value, e.g. `"paragraph"`).
        public var kind: String
        /// `"content"` or `"boilerplate"`.
        public var decision: String
        /// Content probability, 0…1.
        public var score: Double
        /// Why, in words (``Reason/description``).
        public var reason: String

        /// Creates a block record.
        ///
        /// ```swift
        /// let block = ArticleRecord.Block(text: "Hi", kind: "paragraph", decision: "content", score: 0.9, reason: "page title")
        /// ```
        public init(text: String, kind: String, decision: String, score: Double, reason: String) {
            self.text = text
            self.kind = kind
            self.decision = decision
            self.score = score
            self.reason = reason
        }

        /// Creates the record of an explained block.
        ///
        /// ```swift
        /// let blocks = article.blocks.map(ArticleRecord.Block.init)
        /// ```
        public init(_ explained: ExplainedBlock) {
            self.init(text: explained.block.text, kind: explained.block.kind.rawValue,
                      decision: explained.decision.rawValue, score: explained.score,
                      reason: explained.reason.description)
        }
    }

    /// Creates the record of an article.
    ///
    /// ```swift
    /// let record = ArticleRecord(article, source: "seed.txt", explain: true)
    /// record.blocks?.count == article.blocks.count // true
    /// ```
    public init(_ article: Article, source: String? = nil, explain: Bool = false) {
        id = article.id
        self.source = source
        url = article.url
        title = article.title
        text = article.text
        language = article.language
        blocks = explain ? article.blocks.map(Block.init) : nil
        notes = article.notes.isEmpty ? nil : article.notes
    }

    private enum CodingKeys: String, CodingKey { case id, source, url, title, text, language, blocks, notes }

    /// Encodes the record; absent core fields as `null`, `blocks` only when present.
    ///
    /// ```swift
    /// let data = try JSONEncoder().encode(record)
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(url, forKey: .url)
        try container.encode(title, forKey: .title)
        try container.encode(text, forKey: .text)
        try container.encode(language, forKey: .language)
        try container.encodeIfPresent(blocks, forKey: .blocks)
        try container.encodeIfPresent(notes, forKey: .notes)
    }
}
