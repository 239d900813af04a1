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
}
