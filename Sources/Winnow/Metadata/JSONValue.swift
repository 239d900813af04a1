/// A JSON value as the JSON-LD reader needs it: objects, arrays and strings, with numbers,
/// booleans and `null` kept only as ``other``.
///
/// ```swift
/// let value = JSONValue.parse(#"{"@type": "NewsArticle", "headline": "Hi"}"#)
/// value?["headline"]?.string // "Hi"
/// ```
enum JSONValue: Sendable, Hashable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    /// A number, `true`, `false` or `null`.
    case other

    /// The member `key` of an object; `nil` for a missing key or a value that is no object.
    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
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

    /// The members of an object value.
    var object: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// Nesting deeper than this is refused, as Foundation's `JSONSerialization` refuses it.
    static let maximumDepth = 512

    /// The value of a JSON text (RFC 8259) whose top level is an object or an array; `nil` for
    /// anything else or anything malformed: comments, single quotes, raw control characters in
    /// strings, lone surrogate escapes. As `JSONSerialization`, it takes a comma after the last
    /// member or element and a leading byte order mark, and a repeated key keeps its last value.
    ///
    /// - Complexity: O(*n*) in the text's bytes.
    static func parse(_ text: String) -> JSONValue? {
        var text = text
        return text.withUTF8 { bytes in
            var parser = JSONParser(bytes: bytes)
            guard let value = parser.value(depth: 0), parser.atEndAfterSpace() else { return nil }
            switch value {
            case .object, .array: return value
            case .string, .other: return nil
            }
        }
    }
}
