import Testing
@testable import Winnow

@Suite("Furniture phrases")
struct FurnitureLexiconTests {
    @Test("Common furniture phrases match in many languages, whatever their case, accents and colons",
          arguments: ["ĐỌC THÊM", "Đọc thêm:", "Sur le même thème", "À découvrir", "Lesen Sie auch",
                      "Te puede interesar", "Veja também", "Leggi anche", "Les også", "Read next", "Skip to main content"])
    func furniturePhrasesMatch(text: String) {
        #expect(FurnitureLexicon.contains(text, maximumCharacters: 60))
    }

    @Test("Article text, and a phrase inside a longer line, do not match",
          arguments: ["Read more about the budget in our report on Tuesday.", "The minister shared the figures.",
                      "Sur le même thème, le gouvernement a tranché"])
    func articleTextDoesNotMatch(text: String) {
        #expect(!FurnitureLexicon.contains(text, maximumCharacters: 60))
    }

    @Test("A text longer than the limit never matches")
    func longTextsNeverMatch() {
        #expect(!FurnitureLexicon.contains("Read more", maximumCharacters: 4))
    }

    @Test("A teaser label and a headline is a link to another story",
          arguments: ["Read more: Fed holds rates as inflation cools", "ĐỌC THÊM | Giá vàng tăng mạnh trong phiên sáng",
                      "Lesen Sie auch: Bahn streicht Verbindungen", "ALSO READ: Brace for bad weather this weekend"])
    func labelledTeasersMatch(text: String) {
        #expect(FurnitureLexicon.labelsTeaser(text, maximumWords: 25))
    }

    @Test("Prose that opens like a label, a label alone, and a long paragraph after a label do not match",
          arguments: ["Read more about the budget in our report on Tuesday.", "Read more:",
                      "Note: the council met on Tuesday.",
                      "Related: " + String(repeating: "the council approved the new budget on Tuesday ", count: 4)])
    func otherTextIsNoLabelledTeaser(text: String) {
        #expect(!FurnitureLexicon.labelsTeaser(text, maximumWords: 25))
    }

    @Test("An inline teaser between the article's paragraphs is dropped with its reason")
    func inlineTeaserIsDropped() {
        let paragraph = "<p>The committee met on Tuesday and agreed, after a long debate that lasted well into the night, that the budget should be raised by a tenth.</p>"
        let html = "<html><body><article><h1>Budget raised by a tenth</h1>" + paragraph + paragraph.uppercased()
            + "<p><strong>Read more:</strong> <a href=\"/x\">Teachers welcome the new school funding</a></p>"
            + paragraph.lowercased() + "</article></body></html>"
        let article = Extractor().extract(Page(html: html))
        let teaser = article.blocks.first { $0.block.text.hasPrefix("Read more") }
        #expect(teaser?.reason == .labelledTeaser)
        #expect(!article.text.contains("Teachers welcome"))
        #expect(article.text.contains("lasted well into the night"))
    }
}
