import Testing
import Winnow

@Suite("Smoothing by context and sections")
struct SmoothingTests {
    static let prose = "The committee met on Tuesday and agreed, after a long debate that lasted well into the night, that the budget for the coming year should be raised by a tenth, which the minister said was the least the schools could expect."

    @Test("A short line between article paragraphs is kept")
    func shortBetweenGood() {
        let article = Extractor().extract(Page(text: "Budget raised by a tenth\n\(Self.prose)\nHe agreed.\n\(Self.prose) Again."))
        #expect(article.blocks[2].decision == .content)
    }

    @Test("After a furniture heading, middling teasers stay boilerplate until prose resumes")
    func furnitureSection() {
        let teaser = "Markets slide as oil prices jump again on news from the Gulf, traders said on Monday."
        let text = "Budget raised by a tenth\n\(Self.prose)\nRead more\n\(teaser)\n\(teaser) Again and again."
        let article = Extractor().extract(Page(text: text))
        #expect(article.blocks[2].decision == .boilerplate)
        #expect(article.blocks[3].decision == .boilerplate)
        #expect(article.blocks[4].decision == .boilerplate)
    }

    @Test("A good paragraph after a furniture heading resumes the article")
    func sectionEndsAtProse() {
        let text = "Budget raised by a tenth\n\(Self.prose)\nRelated\n\(Self.prose) Indeed."
        let article = Extractor().extract(Page(text: text))
        #expect(article.blocks[3].decision == .content)
    }
}
