import Foundation

/// One web page as it reaches Winnow: raw bytes, a string or UTF-8 text, with an optional URL
/// and kind.
///
/// ```swift
/// let page = Page(html: "<html><body><p>Hello</p></body></html>", url: "https://example.com/a")
/// let text = Page(text: "Title\n\nFirst paragraph.")
/// let raw = Page(bytes: Array(data), url: nil, kind: .automatic)
/// let utf8 = Page(utf8HTML: Array("<p>Hello</p>".utf8))
/// ```
public struct Page: Sendable, Hashable {
    /// What the page holds.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Detect HTML or plain text from the content.
        case automatic = "auto"
        /// HTML markup, parsed into blocks by element boundaries.
        case html
        /// Already-rendered text: one block per line, blank lines as separators.
        case text
    }

    /// The page content as given.
    public enum Content: Sendable, Hashable {
        /// Raw bytes as published; the charset is detected.
        case bytes([UInt8])
        /// Text already decoded by the caller.
        case string(String)
        /// Text already decoded by the caller, as UTF-8 bytes: read as ``string(_:)`` is (no
        /// charset detection), without a `String` made of it first; ill-formed sequences are
        /// replaced with U+FFFD, as `String(decoding:as:)` replaces them.
        case utf8([UInt8])
    }

    /// The content as given.
    public var content: Content {
        didSet { knownCheck = KnownCleanupCheck() }
    }
    /// The ``CleanupCheck`` of ``Content/utf8(_:)`` bytes, when their reader made it.
    package var knownCheck = KnownCleanupCheck()
    /// The page's URL, when known; used for its site (host) and its slug.
    public var url: String?
    /// What the content is; `.automatic` detects it.
    public var kind: Kind
    /// A caller-chosen identifier carried through to the ``Article``.
    public var id: String?
    /// The charset the transport declared for ``Content/bytes`` (an HTTP `Content-Type`
    /// header's `charset`), which outranks the page's own `<meta>`; bytes that are valid
    /// multi-byte UTF-8 are still read as UTF-8 whatever is declared.
    ///
    /// ```swift
    /// var page = Page(bytes: body, url: uri)
    /// page.declaredCharset = "windows-1258"
    /// ```
    public var declaredCharset: String?

    /// Creates a page from raw bytes, detecting the charset.
    ///
    /// ```swift
    /// let page = Page(bytes: [UInt8](try Data(contentsOf: fileURL)), url: "https://example.com/a")
    /// ```
    public init(bytes: [UInt8], url: String? = nil, kind: Kind = .automatic, id: String? = nil, declaredCharset: String? = nil) {
        self.content = .bytes(bytes)
        self.url = url
        self.kind = kind
        self.id = id
        self.declaredCharset = declaredCharset
    }

    /// Creates a page from HTML already decoded to a string.
    ///
    /// ```swift
    /// let page = Page(html: "<p>Hello</p>", url: "https://example.com/")
    /// ```
    public init(html: String, url: String? = nil, id: String? = nil) {
        self.content = .string(html)
        self.url = url
        self.kind = .html
        self.id = id
    }

    /// Creates a page from HTML already decoded, as UTF-8 bytes: read as
    /// ``init(html:url:id:)`` reads `String(decoding: utf8HTML, as: UTF8.self)`, without making
    /// that `String` (the JSONL reader hands its `"html"` strings over this way). Bytes as
    /// published, whose charset is still to be detected, go to
    /// ``init(bytes:url:kind:id:declaredCharset:)`` instead.
    ///
    /// ```swift
    /// let page = Page(utf8HTML: Array("<p>Xin chào</p>".utf8), url: "https://example.com/")
    /// ```
    public init(utf8HTML: [UInt8], url: String? = nil, id: String? = nil) {
        self.content = .utf8(utf8HTML)
        self.url = url
        self.kind = .html
        self.id = id
    }

    /// ``init(utf8HTML:url:id:)`` with the ``CleanupCheck`` the caller made of the bytes while
    /// validating them, so ``PageDecoder`` does not read them again.
    package init(utf8HTML: [UInt8], url: String? = nil, id: String? = nil, check: CleanupCheck?) {
        self.init(utf8HTML: utf8HTML, url: url, id: id)
        knownCheck = KnownCleanupCheck(check)
    }

    /// Creates a page from rendered plain text, one block per line.
    ///
    /// ```swift
    /// let page = Page(text: "Title\n\nFirst paragraph.", url: "https://example.com/a")
    /// ```
    public init(text: String, url: String? = nil, id: String? = nil) {
        self.content = .string(text)
        self.url = url
        self.kind = .text
        self.id = id
    }

    /// The URL's host without a leading `www.`, lower-cased; `nil` without a usable URL.
    ///
    /// ```swift
    /// Page(html: "", url: "https://www.Example.com/a").host // "example.com"
    /// ```
    public var host: String? { url.flatMap(Page.host(of:)) }

    /// The host of a URL string without a leading `www.`, lower-cased.
    ///
    /// ```swift
    /// Page.host(of: "https://www.baoquocte.vn/x.html") // "baoquocte.vn"
    /// ```
    public static func host(of url: String) -> String? {
        guard let host = URLComponents(string: url.trimmingCharacters(in: .whitespaces))?.host?.lowercased(),
              !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
