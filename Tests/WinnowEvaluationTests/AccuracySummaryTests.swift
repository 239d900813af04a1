import Testing
import WinnowEvaluation

@Suite("Benchmark summary: means and the F1 of the means")
struct AccuracySummaryTests {
    @Test func meansSkipPagesWithoutPrecisionOrRecall() {
        let summary = AccuracySummary(matches: [
            ShingleMatch(gold: "a b c d", predicted: "a b c d"),   // P 1,   R 1
            ShingleMatch(gold: "a b c d e", predicted: "a b c d"), // P 1,   R 0.5
            ShingleMatch(gold: "a b c d", predicted: ""),          // P -,   R 0
            ShingleMatch(gold: "", predicted: "a b c d"),          // P 0,   R -
            ShingleMatch(gold: "", predicted: ""),                 // P -,   R -
        ])
        #expect(summary.pageCount == 5)
        #expect(abs(summary.precision - 2.0 / 3.0) < 1e-12)  // (1 + 1 + 0) / 3
        #expect(abs(summary.recall - 0.5) < 1e-12)           // (1 + 0.5 + 0) / 3
        #expect(abs(summary.f1 - 4.0 / 7.0) < 1e-12)         // 2 * 2/3 * 1/2 / (2/3 + 1/2)
    }

    @Test func f1IsOfTheMeansNotTheMeanOfPageF1s() {
        // P = (1 + 0) / 2 = 0.5, R = (0.5 + 0) / 2 = 0.25; F1 = 2 * 0.125 / 0.75 = 1/3,
        // while the mean of page F1s would be (2/3 + 0) / 2.
        let summary = AccuracySummary(matches: [
            ShingleMatch(gold: "a b c d e", predicted: "a b c d"),
            ShingleMatch(gold: "a b c d", predicted: "e f g h"),
        ])
        #expect(abs(summary.f1 - 1.0 / 3.0) < 1e-12)
    }

    @Test func noPagesScoreZeroWithoutDividingByZero() {
        let summary = AccuracySummary(matches: [])
        #expect(summary.precision == 0)
        #expect(summary.recall == 0)
        #expect(summary.f1 == 0)
    }

    @Test func exactMatchNormalisesWhitespaceOnly() {
        #expect(ExactMatch.matches(gold: "One\n\ntwo ", predicted: " One two"))
        #expect(!ExactMatch.matches(gold: "One two", predicted: "one two"))
        #expect(ExactMatch.share(of: [true, false, false, true]) == 0.5)
        #expect(ExactMatch.share(of: []) == 0)
    }
}
