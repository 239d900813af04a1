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
}
