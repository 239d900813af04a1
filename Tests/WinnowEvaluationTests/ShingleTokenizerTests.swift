import Testing
@testable import WinnowEvaluation

@Suite("Words and shingles as evaluate.py makes them")
struct ShingleTokenizerTests {
    @Test func wordsAreRunsOfLettersDigitsAndUnderscore() {
        #expect(ShingleTokenizer.words(in: "It's 9am, na\u{EF}ve caf\u{E9}_au-lait!") ==
                ["It", "s", "9am", "na\u{EF}ve", "caf\u{E9}_au", "lait"])
    }

    @Test func combiningMarksSplitWordsAsInPython() {
        #expect(ShingleTokenizer.words(in: "cafe\u{301}s") == ["cafe", "s"])
    }

    @Test func numericCharactersAreWordCharacters() {
        #expect(ShingleTokenizer.words(in: "\u{BD} cup \u{2014} 3\u{2460}") == ["\u{BD}", "cup", "3\u{2460}"])
    }

    @Test func nonLatinLettersFormWords() {
        #expect(ShingleTokenizer.words(in: "Việt Nam, 東京") == ["Việt", "Nam", "東京"])
    }

    @Test func fiveWordsGiveTwoOverlappingShingles() {
        let shingles = ShingleTokenizer().shingles(of: "a b c d e")
        #expect(shingles == [Shingle(words: ["a", "b", "c", "d"]): 1, Shingle(words: ["b", "c", "d", "e"]): 1])
    }

    @Test func fewerWordsThanShingleSizeGiveOneShortShingle() {
        #expect(ShingleTokenizer().shingles(of: "a, b") == [Shingle(words: ["a", "b"]): 1])
    }

    @Test func textWithoutWordsGivesNoShingles() {
        #expect(ShingleTokenizer().shingles(of: " -- !! ").isEmpty)
        #expect(ShingleTokenizer().shingles(of: "").isEmpty)
    }

    @Test func repeatedShinglesAreCounted() {
        #expect(ShingleTokenizer().shingles(of: "x x x x x x") == [Shingle(words: ["x", "x", "x", "x"]): 3])
    }

    @Test func shinglesCompareCodePointsNotCanonicalEquivalence() {
        #expect(Shingle(words: ["\u{E9}"]) != Shingle(words: ["e\u{301}"]))
        #expect(Shingle(words: ["ab", "c"]) != Shingle(words: ["a", "bc"]))
    }

    @Test func shingleDescriptionJoinsWordsWithSpaces() {
        #expect(Shingle(words: ["one", "two"]).description == "one two")
    }
}
