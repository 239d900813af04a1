import Foundation
import Testing
@testable import Winnow

@Test(arguments: ["vi", "en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "id", "sv", "da", "no", "fi", "tr", "cs", "ro", "hu"])
func everyListedLanguageHasAStopwordFile(code: String) {
    let words = Stopwords.forLanguage(code).words
    #expect(words.count >= 60, "\(code) has \(words.count) words")
    #expect(words.allSatisfy { $0 == $0.lowercased() && $0 == $0.precomposedStringWithCanonicalMapping })
}

@Test func vietnameseListHoldsFunctionWords() {
    let vietnamese = Stopwords.forLanguage("vi")
    #expect(vietnamese.words.count >= 150)
    for word in ["và", "của", "có", "là", "được"] { #expect(vietnamese.contains(word)) }
}

@Test func lookupIgnoresCaseAndRegionSubtags() {
    #expect(Stopwords.forLanguage("en-GB").contains("The"))
    #expect(Stopwords.forLanguage("nb").contains("og"))
}

@Test func unknownOrMissingLanguageGivesAnEmptyList() {
    #expect(Stopwords.forLanguage("xx").words.isEmpty)
    #expect(Stopwords.forLanguage(nil).words.isEmpty)
    #expect(Stopwords.forLanguage("").words.isEmpty)
}
