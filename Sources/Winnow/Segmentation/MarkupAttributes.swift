/// The attributes later stages read (see ``MarkupEvent/keptAttributes``).
enum MarkupAttribute: String, CaseIterable, Sendable {
    case `class`, id, role, hidden, ariaHidden = "aria-hidden", style, href, rel, name, property
    case content, itemprop, lang, datetime, type, charset, httpEquiv = "http-equiv"

    /// The attribute of a lower-cased name; `nil` for one not kept.
    init?(name: String) { self.init(rawValue: name) }

    /// The one element (lower-case name) on which a stage reads this attribute's value, when
    /// there is one; on any other element only whether the attribute is there counts. `href`'s
    /// value is read on `<link>` (the canonical URL, ``MetadataCollector``); on `<a>` its
    /// presence alone marks a link (``BlockContext``). Keep in step with those readers.
    var valueIsReadOnlyOn: StaticString? { self == .href ? "link" : nil }

    /// The attribute of a name given as UTF-8 bytes, lower-cased as `String.lowercased()` would;
    /// ASCII names (all of libxml2's) are compared packed into integers, without a String.
    init?(lowercasing bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 16 else { return nil }
        guard let key = Self.packASCII(bytes) else {
            self.init(name: String(decoding: bytes, as: UTF8.self).lowercased())
            return
        }
        guard let found = Self.packed.first(where: { $0.key == key }) else { return nil }
        self = found.attribute
    }

    /// Up to 16 bytes lower-cased and packed as ``pack(_:)`` packs them, in one pass; `nil` when
    /// one is not ASCII.
    private static func packASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> PackedName? {
        var key = PackedName()
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            let lower = UInt64(ASCII.lower(byte))
            if key.count < 8 { key.low = key.low << 8 | lower } else { key.high = key.high << 8 | lower }
            key.count += 1
        }
        return key
    }

    /// Up to 16 bytes packed into two integers, with the count (no name holds a zero byte).
    private struct PackedName: Equatable {
        var low: UInt64 = 0, high: UInt64 = 0, count = 0
    }

    private static func pack<S: Sequence<UInt8>>(_ bytes: S) -> PackedName {
        var key = PackedName()
        for byte in bytes {
            if key.count < 8 { key.low = key.low << 8 | UInt64(byte) } else { key.high = key.high << 8 | UInt64(byte) }
            key.count += 1
        }
        return key
    }

    private static let packed: [(key: PackedName, attribute: MarkupAttribute)] = allCases.map { (pack($0.rawValue.utf8), $0) }
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

    /// Removes every attribute, keeping the storage for the next element's.
    mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

    /// Sets `attribute` to `value()` unless it is already set (the first occurrence of a name wins).
    mutating func keepFirst(_ attribute: MarkupAttribute, _ value: () -> String) {
        for index in entries.indices where entries[index].attribute == attribute { return }
        entries.append((attribute, value()))
    }

    /// The value of `attribute`; setting `nil` removes it.
    subscript(attribute: MarkupAttribute) -> String? {
        get {
            // By index: a loop over the entries would copy (retain) every value it passes.
            for index in entries.indices where entries[index].attribute == attribute { return entries[index].value }
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
