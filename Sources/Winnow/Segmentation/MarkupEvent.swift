/// One step of a parsed HTML document, as both parsers report it.
///
/// Events are balanced: every `start` is followed, eventually, by the matching `end`, so a
/// consumer can keep its own element stack. Only the attributes in ``MarkupEvent/keptAttributes``
/// are reported; names are lower-cased.
enum MarkupEvent: Sendable, Hashable {
    /// An element opens.
    case start(MarkupElement)
    /// Character data (entities already decoded).
    case text(String)
    /// An element closes; the name is lower-cased.
    case end(String)

    /// The attributes later stages read; everything else is dropped while parsing.
    static let keptAttributes: Set<String> = Set(MarkupAttribute.allCases.map(\.rawValue))

    /// The longest kept attribute name, in UTF-8 bytes.
    static let longestKeptAttribute = keptAttributes.map(\.utf8.count).max() ?? 0
}

/// An element as it opens: its lower-cased name, its interned tag and the kept attributes.
struct MarkupElement: Sendable, Hashable {
    /// The lower-cased tag name, e.g. `"div"`.
    var name: String
    /// The name interned (``HTMLTag/other`` for names no stage looks for).
    var tag: HTMLTag
    /// Kept attributes; the first occurrence of a name wins.
    var attributes: MarkupAttributes

    init(name: String, attributes: MarkupAttributes = MarkupAttributes()) {
        self.init(name: name, tag: HTMLTag(name: name), attributes: attributes)
    }

    /// An element whose name is already interned (`tag` must be `HTMLTag(name: name)`).
    init(name: String, tag: HTMLTag, attributes: MarkupAttributes) {
        self.name = name
        self.tag = tag
        self.attributes = attributes
    }

    /// The value of an attribute, if present.
    subscript(attribute: MarkupAttribute) -> String? { attributes.isEmpty ? nil : attributes[attribute] }
}
