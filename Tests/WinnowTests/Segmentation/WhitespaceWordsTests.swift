import Testing
@testable import Winnow

/// ``WhitespaceWords`` splits as `split(whereSeparator: \.isWhitespace)` does.
@Suite struct WhitespaceWordsTests {
    static let pieces = [
        "a", "Word", " ", "\t", "\r\n", "\n", "\u{A0}", "\u{2003}", "\u{3000}", "\u{85}", "é", "ệ", "“", "”", "—", "€",
        "Ωμέγα", "Привет", "\u{301}", "\u{200D}", "\u{200C}", "👍🏽", "한국", "\u{1100}\u{1161}", "🇻🇳", "ا", "\u{0483}", "\u{2028}",
    ]

    @Test("Each piece alone and between words, and pseudo-random strings of pieces")
    func splitsLikeCharacterSplit() {
        for text in Self.texts() {
            #expect(WhitespaceWords.split(text).map(String.init) == text.split(whereSeparator: \.isWhitespace).map(String.init),
                    "\(Array(text.unicodeScalars))")
        }
    }

    @Test("Folding joins the split words with single spaces, already folded ASCII text included")
    func foldsLikeSplitAndJoin() {
        for text in Self.texts() + ["", "a b", "a  b", " a", "a ", "a\tb", "plain"] {
            #expect(WhitespaceWords.folded(text) == WhitespaceWords.split(text).joined(separator: " "), "\(Array(text.unicodeScalars))")
        }
    }

    private static func texts() -> [String] {
        var texts = Self.pieces.flatMap { [$0, "x" + $0 + "y", " " + $0 + " ", $0 + $0] }
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<3_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += Self.pieces[Int(state >> 33) % Self.pieces.count]
            }
            texts.append(text)
        }
        return texts
    }
}
