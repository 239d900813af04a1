import Foundation
import Testing
@_spi(Training) @testable import Winnow

@Suite("Path hints")
struct PathHintsTests {
    @Test("The byte-wise reading of ASCII paths gives the character-wise tokens", arguments: [
        "body>div.articleBody#main-2>p",
        "html>body>div.related-posts>ul>li>a",
        "div.ABCdef.x#yZ>span.post_content2>p",
        "body>div#Comments>section.tinLienQuan.a.bb\r\n>p",
        "div.a.b>p.MiddleTHING>div#",
    ])
    func asciiReadingMatches(_ path: String) {
        #expect(PathHints.asciiTokens(of: path) == PathHints.characterTokens(of: path))
    }

    @Test("Paths with non-ASCII names are read character by character")
    func nonASCIIPathsFallBack() {
        #expect(PathHints.asciiTokens(of: "div.tin-liên-quan") == nil)
        #expect(PathHints.tokens(of: "div.tin-liên-quan") == ["tin", "liên", "quan"])
    }

    @Test("A word repeated on a path counts once")
    func repeatedWordsCountOnce() {
        let hints = PathHints(weights: ["post": 1, "content": 0.5])
        #expect(hints.score(path: "body>div.post>div.post-content>p") == 1.5)
    }

    @Test("A decoded or edited table scores ASCII paths from its current weights")
    func decodedAndEditedTablesScore() throws {
        let data = Data(#"{"weights":{"comment":-2,"content":0.5}}"#.utf8)
        var hints = try JSONDecoder().decode(PathHints.self, from: data)
        #expect(hints.score(path: "body>div#comments>div.comment-content>p") == -1.5)
        hints.weights["comments"] = 1
        #expect(hints.score(path: "body>div#comments>div.comment-content>p") == -0.5)
        #expect(try JSONDecoder().decode(PathHints.self, from: JSONEncoder().encode(hints)) == hints)
    }

    @Test("Many weighted words on one path each count once")
    func manyWeightedWords() {
        let words = (0..<40).map { "w" + String(repeating: "x", count: $0 + 1) }
        let hints = PathHints(weights: Dictionary(uniqueKeysWithValues: words.map { ($0, 1.0) }))
        let path = "div" + (words + words).map { "." + $0 }.joined()
        #expect(hints.score(path: path) == 40)
    }
}

@Suite("Words between spaces")
struct SpaceSplitTests {
    @Test("ASCII and other text split like split(separator: \" \")", arguments: [
        "The quick  brown fox", "  lead and trail  ", "tab\tis\tno space", "", "   ", "a\r\n b", "Ngoại trưởng  Mỹ",
    ])
    func splitsLikeCharacters(_ text: String) {
        #expect(text.wordsBetweenSpaces() == text.split(separator: " "))
    }
}
