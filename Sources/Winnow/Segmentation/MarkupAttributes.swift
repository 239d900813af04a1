/// The attributes later stages read (see ``MarkupEvent/keptAttributes``).
enum MarkupAttribute: String, CaseIterable, Sendable {
    case `class`, id, role, hidden, ariaHidden = "aria-hidden", style, href, rel, name, property
    case content, itemprop, lang, datetime, type, charset, httpEquiv = "http-equiv"

    /// The attribute of a lower-cased name; `nil` for one not kept.
    init?(name: String) { self.init(rawValue: name) }
}

/// An element's kept attributes: a short list searched in order (elements carry a few kept
/// attributes at most), compared as a dictionary would be.
///
/// ```swift
/// var attributes: MarkupAttributes = ["class": "lead"]
/// attributes[.id] = "intro"
/// attributes[.class] // "lead"
/// ```
struct MarkupAttributes: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    private var entries: [(attribute: MarkupAttribute, value: String)] = []

    init() {}

    /// Kept attributes by name; names not kept are dropped.
    init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements {
            if let attribute = MarkupAttribute(name: name) { self[attribute] = value }
        }
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The value of `attribute`; setting `nil` removes it.
    subscript(attribute: MarkupAttribute) -> String? {
        get {
            for entry in entries where entry.attribute == attribute { return entry.value }
            return nil
        }
        set {
            entries.removeAll { $0.attribute == attribute }
            if let newValue { entries.append((attribute, newValue)) }
        }
    }

    /// The value of the attribute named `name` (lower-cased); `nil` for a name not kept.
    subscript(name: String) -> String? {
        get { MarkupAttribute(name: name).flatMap { self[$0] } }
        set { if let attribute = MarkupAttribute(name: name) { self[attribute] = newValue } }
    }

    static func == (left: Self, right: Self) -> Bool {
        left.entries.count == right.entries.count && left.entries.allSatisfy { right[$0.attribute] == $0.value }
    }

    func hash(into hasher: inout Hasher) {
        for entry in entries.sorted(by: { $0.attribute.rawValue < $1.attribute.rawValue }) {
            hasher.combine(entry.attribute)
            hasher.combine(entry.value)
        }
    }
}
