/// A page after decoding and segmentation: its blocks and metadata, ready to be profiled or extracted.
///
/// Segment once and reuse it: a ``SiteProfile`` learns from it and ``Extractor`` extracts from it,
/// so a two-pass site run parses each page only once.
///
/// ```swift
/// let extractor = Extractor()
/// let segmented = extractor.segment(Page(html: html, url: url))
/// var profile = SiteProfile(site: "example.com")
/// profile.learn(from: segmented)
/// let article = extractor.extract(segmented, profile: profile)
/// ```
public struct SegmentedPage: Sendable {
    /// The page's identifier, as given.
    public var id: String?
    /// The page's URL: as given, else its canonical URL.
    public var url: String?
    /// Whether the page was read as HTML or plain text.
    public var kind: Page.Kind
    /// The charset the bytes were decoded from (`"UTF-8"` for strings).
    public var charset: String
    /// The blocks in reading order.
    public var blocks: [TextBlock] { didSet { storedKeys = nil } }
    /// The blocks' fingerprints and path numbering, computed once (see ``keys``); cleared
    /// whenever the blocks change.
    var storedKeys: BlockKeys?
    /// What the page says about itself.
    public var metadata: PageMetadata
    /// Notes on what a limit cut or a fallback changed, e.g. "page truncated to 20000000 bytes".
    public var notes: [String]

    /// Creates a segmented page.
    ///
    /// ```swift
    /// let page = SegmentedPage(kind: .text, blocks: [TextBlock(text: "Hi", kind: .line)])
    /// ```
    public init(
        id: String? = nil, url: String? = nil, kind: Page.Kind, charset: String = "UTF-8",
        blocks: [TextBlock], metadata: PageMetadata = PageMetadata(), notes: [String] = []
    ) {
        self.id = id
        self.url = url
        self.kind = kind
        self.charset = charset
        self.blocks = blocks
        self.metadata = metadata
        self.notes = notes
    }

    /// The site the page belongs to: the URL's host, `nil` when unknown.
    ///
    /// ```swift
    /// segmented.site // "baoquocte.vn"
    /// ```
    public var site: String? { url.flatMap(Page.host(of:)) }
}
