/// What a tag name alone says to ``BlockFrame``: block level, skipped, the kind and landmark it
/// gives, whether it opens a list, table or quote. Looked up once per element in a table indexed
/// by ``HTMLTag``, instead of two set lookups and three string switches.
struct TagTraits: Sendable {
    var isBlockLevel: Bool
    var isSkipped: Bool
    var kind: (TextBlock.Kind, Int?)?
    var landmark: TextBlock.Landmark?
    var opensList: Bool
    var opensTable: Bool
    var opensQuote: Bool
    var isShownWithoutScripts: Bool

    /// The traits of `tag`, from ``HTMLElements``.
    init(tag: String) {
        isBlockLevel = HTMLElements.blockLevel.contains(tag)
        isSkipped = HTMLElements.skipped.contains(tag)
        kind = HTMLElements.kind(tag: tag)
        landmark = HTMLElements.landmark(tag: tag)
        opensList = tag == "ul" || tag == "ol" || tag == "dl" || tag == "menu"
        opensTable = tag == "table"
        opensQuote = tag == "blockquote"
        isShownWithoutScripts = HTMLElements.shownWithoutScripts.contains(tag)
    }

    /// The traits of `tag`; tags without a number of their own (``HTMLTag/other``) have none.
    static func of(_ tag: HTMLTag) -> TagTraits { HTMLTag.traits[tag.index] }
}
