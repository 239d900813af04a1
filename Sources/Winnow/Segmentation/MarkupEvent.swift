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
    static let keptAttributes: Set<String> = [
        "class", "id", "role", "hidden", "aria-hidden", "style", "href", "rel", "name", "property",
        "content", "itemprop", "lang", "datetime", "type", "charset", "http-equiv",
    ]

    /// The longest kept attribute name, in UTF-8 bytes.
    static let longestKeptAttribute = keptAttributes.map(\.utf8.count).max() ?? 0
}

/// An element as it opens: its lower-cased name and the kept attributes.
struct MarkupElement: Sendable, Hashable {
    /// The lower-cased tag name, e.g. `"div"`.
    var name: String
    /// Kept attributes by lower-cased name; the first occurrence of a name wins.
    var attributes: [String: String]

    init(name: String, attributes: [String: String] = [:]) {
        self.name = name
        self.attributes = attributes
    }

    /// The value of an attribute, if present.
    subscript(attribute: String) -> String? { attributes.isEmpty ? nil : attributes[attribute] }
}
