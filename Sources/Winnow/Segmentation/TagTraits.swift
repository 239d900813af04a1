/// What a tag name alone says to ``BlockFrame``: block level, skipped, the kind and landmark it
/// gives, whether it opens a list, table or quote. Looked up once per element in a table of the
/// tags ``HTMLElements`` names, instead of two set lookups and three string switches.
struct TagTraits: Sendable {
    var isBlockLevel: Bool
    var isSkipped: Bool
    var kind: (TextBlock.Kind, Int?)?
    var landmark: TextBlock.Landmark?
    var opensList: Bool
    var opensTable: Bool
    var opensQuote: Bool

    /// The traits of `tag`, from ``HTMLElements``.
    init(tag: String) {
        isBlockLevel = HTMLElements.blockLevel.contains(tag)
        isSkipped = HTMLElements.skipped.contains(tag)
        kind = HTMLElements.kind(tag: tag)
        landmark = HTMLElements.landmark(tag: tag)
        opensList = tag == "ul" || tag == "ol" || tag == "dl" || tag == "menu"
        opensTable = tag == "table"
        opensQuote = tag == "blockquote"
    }

    /// The traits of `tag`: from the table for the tags with any trait, else computed (and empty).
    static func of(_ tag: String) -> TagTraits { table[tag] ?? TagTraits(tag: tag) }

    private static let table: [String: TagTraits] = {
        var tags = HTMLElements.blockLevel.union(HTMLElements.skipped)
        tags.formUnion(["li", "dt", "dd", "blockquote", "td", "th", "pre", "figcaption", "caption",
                        "nav", "header", "footer", "aside", "main", "article", "form", "ul", "ol", "dl", "menu", "table",
                        "h1", "h2", "h3", "h4", "h5", "h6"])
        return Dictionary(uniqueKeysWithValues: tags.map { ($0, TagTraits(tag: $0)) })
    }()
}
