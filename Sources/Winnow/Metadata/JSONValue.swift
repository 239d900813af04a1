/// A JSON value, with an object's members in the order written (a repeated key appears twice):
/// what ``JSONParser`` reads for the JSON-LD reader and for ``ModelFileReader``.
///
/// ```swift
/// let value = JSONValue.parse(#"{"@type": "NewsArticle", "headline": "Hi"}"#)
/// value?["headline"]?.string // "Hi"
/// ```
enum JSONValue: Sendable, Equatable {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case boolean(Bool)
    case null

    /// The value of an object's member `key` (its last, when the key repeats); `nil` for a
    /// missing key or a value that is no object.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// The text of a string value.
    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The elements of an array value.
    var array: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The members of an object value by key, a repeated key keeping its last value (as
    /// `JSONSerialization` has it).
    var object: [String: JSONValue]? {
        guard case .object(let members) = self else { return nil }
        return Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
    }

    /// The value of a JSON text whose top level is an object or an array, read as Foundation's
    /// `JSONSerialization` reads it (``JSONParser/Dialect/foundation``); `nil` for anything
    /// else or anything malformed.
    ///
    /// - Complexity: O(*n*) in the text's bytes.
    static func parse(_ text: String) -> JSONValue? {
        var text = text
        return text.withUTF8 { bytes in
            guard let value = JSONParser.parse(bytes, dialect: .foundation) else { return nil }
            switch value {
            case .object, .array: return value
            case .string, .number, .boolean, .null: return nil
            }
        }
    }

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let a), .array(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.boolean(let a), .boolean(let b)): return a == b
        case (.null, .null): return true
        default: return false
        }
    }
}
