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

@Test("Stopword files split into lines as splitting at line breaks and trimming does", arguments: [
    "the\nof\n  and \n\n\tis\t\n", "a\r\nb\rc\n", "  x\u{00A0}\ny\u{2028}z\n", "đây\n là \n\u{3000}của\u{3000}\n", "",
    "one", "\n\n", " \u{301}x\n",
])
func stopwordFileLinesMatchCharacterSplit(_ text: String) {
    let expected = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(Stopwords.lines(of: text) == expected)
}
