import Winnow

/// One page read from a crawl file (a JSONL line or a WARC response record), with where it was.
///
/// ```swift
/// let record = CrawlRecord(id: "1", url: "https://example.com/a", content: .html("<p>Hi</p>"), position: 1)
/// let article = Extractor().extract(record.page)
/// ```
public struct CrawlRecord: Sendable, Hashable {
    /// What the record holds.
    public enum Content: Sendable, Hashable {
        /// Decoded HTML.
        case html(String)
        /// Decoded HTML as valid UTF-8 bytes (JSONL `"html"`): no `String` is made of it.
        case utf8HTML([UInt8])
        /// Rendered text (JSONL `"text"`).
        case text(String)
        /// Raw HTML bytes as served (a WARC payload); the charset is detected.
        case htmlBytes([UInt8])
    }

    /// The caller's identifier: JSONL `"id"`, else the WARC-Record-ID.
    public var id: String?
    /// The page URL: JSONL `"url"` or `WARC-Target-URI`.
    public var url: String?
    /// The page content.
    public var content: Content {
        didSet { knownCheck = KnownCleanupCheck() }
    }
    /// The ``Winnow/CleanupCheck`` the reader made of ``Content/utf8HTML(_:)`` bytes.
    package var knownCheck = KnownCleanupCheck()
    /// The charset the HTTP `Content-Type` header declared, lower-cased (`nil` when none).
    /// ``Page`` cannot carry it yet; the library detects the charset from the bytes.
    public var declaredCharset: String?
    /// Where the record was: its line (JSONL) or record number (WARC), counting from 1.
    public var position: Int

    /// Creates a record.
    ///
    /// ```swift
    /// let record = CrawlRecord(id: nil, url: nil, content: .text("Title\n\nBody"), position: 3)
    /// ```
    public init(id: String?, url: String?, content: Content, declaredCharset: String? = nil, position: Int) {
        self.id = id
        self.url = url
        self.content = content
        self.declaredCharset = declaredCharset
        self.position = position
    }

    /// The record as a Winnow page.
    ///
    /// ```swift
    /// let segmented = Extractor().segment(record.page)
    /// ```
    public var page: Page {
        switch content {
        case .html(let html): return Page(html: html, url: url, id: id)
        case .utf8HTML(let html): return Page(utf8HTML: html, url: url, id: id, check: knownCheck.check)
        case .text(let text): return Page(text: text, url: url, id: id)
        case .htmlBytes(let bytes): return Page(bytes: bytes, url: url, kind: .html, id: id, declaredCharset: declaredCharset)
        }
    }
}
