/// What a page says about itself, from `<title>`, `<meta>`, OpenGraph, JSON-LD, `<link>` and `<time>`.
///
/// ```swift
/// let article = Extractor().extract(Page(html: html))
/// print(article.metadata.siteName ?? "-", article.metadata.published ?? "-")
/// ```
public struct PageMetadata: Sendable, Hashable, Codable {
    /// The `<title>` element's text.
    public var documentTitle: String?
    /// The headline from JSON-LD or `og:title`.
    public var headline: String?
    /// The first `<h1>` text.
    public var firstHeading: String?
    /// The canonical URL (`<link rel=canonical>`, else `og:url`).
    public var canonicalURL: String?
    /// The site's name (`og:site_name`, JSON-LD publisher).
    public var siteName: String?
    /// The description (`og:description`, `<meta name=description>`).
    public var description: String?
    /// The author(s), as written.
    public var author: String?
    /// The publication date, as written (ISO 8601 when the page gives it so).
    public var published: String?
    /// The language the page declares (`<html lang>`, `og:locale`, `content-language`).
    public var declaredLanguage: String?
    /// The charset the page declares, if any.
    public var declaredCharset: String?
    /// The JSON-LD `@type` of the object the headline and dates came from (`NewsArticle`,
    /// `BlogPosting`, `DiscussionForumPosting`…), if the page has one.
    ///
    /// ```swift
    /// Extractor().extract(Page(html: html)).metadata.schemaType // "NewsArticle"
    /// ```
    public var schemaType: String?
    /// The article text the page declares: its JSON-LD `articleBody` (character references
    /// decoded), else the text of the element it marks `itemprop="articleBody"` (microdata, white
    /// space as the page has it, a space at each block-level element's edges), if it has either.
    /// Publishers often give the whole story there, sometimes only its first paragraphs.
    ///
    /// ```swift
    /// let metadata = Extractor().extract(Page(html: html)).metadata
    /// print(metadata.articleBody?.prefix(80) ?? "no declared body")
    /// ```
    public var articleBody: String?

    /// Whether the page declares itself a discussion (a forum thread or a question with its
    /// answers), whose replies are its content rather than comments on it.
    ///
    /// ```swift
    /// var metadata = PageMetadata()
    /// metadata.schemaType = "DiscussionForumPosting"
    /// metadata.isDiscussion // true
    /// ```
    public var isDiscussion: Bool {
        guard let type = schemaType?.lowercased() else { return false }
        return type == "discussionforumposting" || type == "qapage" || type == "question"
    }

    /// Creates empty metadata.
    ///
    /// ```swift
    /// var metadata = PageMetadata()
    /// metadata.documentTitle = "Hello"
    /// ```
    public init() {}
}
