import Testing
import Winnow

@Suite("Repetition inside a page")
struct InPageRepetitionTests {
    @Test("A block starting with the title's slug is dropped; the title itself is kept")
    func titleSlug() {
        let text = """
        Đàm phán Nga - Mỹ về vấn đề Syria đã đi vào ngõ cụt
        dam phan nga my ve van de syria da di vao ngo cut Quân đội Syria giải phóng lãnh thổ
        """
        let article = Extractor().extract(Page(text: text))
        #expect(article.blocks[0].reason == .title)
        #expect(article.blocks[1].decision == .boilerplate)
        #expect(article.blocks[1].reason == .titleSlug)
    }

    @Test("A teaser title printed twice is dropped, both copies")
    func duplicateTeaser() {
        let text = """
        A headline for the story
        Markets slide as oil prices jump again
        Markets slide as oil prices jump again
        """
        let article = Extractor().extract(Page(text: text))
        #expect(article.blocks[1].reason == .duplicate(of: 2))
        #expect(article.blocks[2].reason == .duplicate(of: 1))
    }

    @Test("A duplicate too short to matter is left to other signals")
    func shortDuplicateIgnored() {
        let article = Extractor().extract(Page(text: "Headline of it all\nShare\nShare"))
        #expect(article.blocks[1].reason != .duplicate(of: 2))
    }
}
