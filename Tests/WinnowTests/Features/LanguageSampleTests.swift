import Testing
@testable import Winnow

@Suite("Language sample")
struct LanguageSampleTests {
    /// Stopword hits as the sample summed them when it kept its words as strings.
    static func referenceScores(_ blocks: [TextBlock], limit: Int) -> (words: Int, scores: [String: Double]) {
        var words: [String] = []
        var units = 0
        var current = String.UnicodeScalarView()
        func flush() {
            guard !current.isEmpty else { return }
            words.append(String(current).lowercased())
            current = String.UnicodeScalarView()
            units += 1
        }
        outer: for block in blocks {
            for scalar in block.text.unicodeScalars {
                if units >= limit { break outer }
                if scalar.isASCII {
                    let value = scalar.value
                    guard (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) else { flush(); continue }
                    current.append(scalar)
                    continue
                }
                let properties = scalar.properties
                let isMark = properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
                guard properties.isAlphabetic || isMark else { flush(); continue }
                if WritingScript(scalar).isWordPerLetter { units += 1 }
                current.append(scalar)
            }
            flush()
        }
        flush()
        return (words.count, StopwordIndex.shared.scores(for: words))
    }

    @Test("Scores and word counts match the word-by-word reading, with the sample cut anywhere",
          arguments: [1, 2, 3, 5, 8, 13, 2_000])
    func scoresMatch(limit: Int) {
        let blocks = [
            TextBlock(text: "The cat and the DOG, of course; Đây là một bài báo của chúng tôi", kind: .paragraph),
            TextBlock(text: "und die Katze café CAFÉ e\u{301}tude 日本語のテキスト und", kind: .paragraph),
            TextBlock(text: "", kind: .paragraph),
            TextBlock(text: "— “el perro” y la casa de los niños", kind: .paragraph),
        ]
        let sample = LanguageSample(blocks, words: limit)
        let reference = Self.referenceScores(blocks, limit: limit)
        #expect(sample.wordCount == reference.words)
        #expect(sample.stopwordScores(in: .shared) == reference.scores)
    }
}
