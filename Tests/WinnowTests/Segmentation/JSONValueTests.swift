import Testing
@testable import Winnow

@Suite("The JSON reader behind JSON-LD")
struct JSONValueTests {
    @Test("Objects, arrays, strings and escapes read as JSON has them")
    func readsValues() throws {
        let value = try #require(JSONValue.parse(#"{"a": ["x\"y", "\u00e9\uD83D\uDE00\/", 1.5e3, -0, true, null], "b": {"c": "d"}}"#))
        #expect(value["a"]?.array?.first?.string == "x\"y")
        #expect(value["a"]?.array?[1].string == "é😀/")
        #expect(value["a"]?.array?.dropFirst(2).map { $0 } == [.number(1500), .number(-0.0), .boolean(true), .null])
        #expect(value["b"]?["c"]?.string == "d")
    }

    @Test("As JSONSerialization: a trailing comma, a byte order mark and a repeated key are taken")
    func takesFoundationsLeniencies() {
        #expect(JSONValue.parse("[1, 2, ]")?.array?.count == 2)
        #expect(JSONValue.parse(#"{"a": [ ], }"#)?["a"] == .array([]))
        #expect(JSONValue.parse("\u{FEFF}[1]") != nil)
        #expect(JSONValue.parse(#"{"a": "1", "a": "2"}"#)?["a"]?.string == "2")
    }

    @Test("Malformed JSON and top-level scalars give nil", arguments: [
        "[01]", "[1.]", "[.5]", "[+1]", #"["\ud800"]"#, #"["\udc00x"]"#, "[1]//c", "['a']", "[NaN]",
        #""str""#, "1", "[\"a\u{1}b\"]", "[\"a\tb\"]", "[1,,2]", "[,]", "{,}", "[1 2]", "[-]", "[1e]",
        #"["\x"]"#, "[tru]", "[1]x", "{\"a\" 1}", "", "[",
    ])
    func refusesMalformedText(_ text: String) {
        #expect(JSONValue.parse(text) == nil)
    }

    @Test("Nesting is refused past 512 levels, without deep recursion beyond that")
    func limitsDepth() {
        let deepest = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(JSONValue.parse(deepest) != nil)
        #expect(JSONValue.parse(tooDeep) == nil)
        #expect(JSONValue.parse(String(repeating: "[", count: 100_000)) == nil)
    }
}
