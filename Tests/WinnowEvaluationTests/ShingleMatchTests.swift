import Testing
import WinnowEvaluation

@Suite("Per-page precision and recall")
struct ShingleMatchTests {
    @Test func identicalTextsScoreOne() {
        let match = ShingleMatch(gold: "one two three four five", predicted: "one  two\nthree four five")
        #expect(match.precision == 1)
        #expect(match.recall == 1)
        #expect(match.f1 == 1)
    }

    @Test func missingTailHalvesRecallAndKeepsPrecision() {
        // gold shingles {abcd, bcde}, predicted {abcd}: tp 1, fp 0, fn 1 -> (0.5, 0, 0.5).
        let match = ShingleMatch(gold: "a b c d e", predicted: "a b c d")
        #expect(match == ShingleMatch(truePositives: 0.5, falsePositives: 0, falseNegatives: 0.5))
        #expect(match.precision == 1)
        #expect(match.recall == 0.5)
        #expect(abs(match.f1 - 2.0 / 3.0) < 1e-12)
    }

    @Test func surplusRepeatsAreFalsePositives() {
        // gold {xxxx: 2}, predicted {xxxx: 3}: tp 2, fp 1, fn 0.
        let match = ShingleMatch(gold: "x x x x x", predicted: "x x x x x x")
        #expect(match.precision.map { abs($0 - 2.0 / 3.0) < 1e-12 } == true)
        #expect(match.recall == 1)
    }

    @Test func disjointTextsScoreZero() {
        let match = ShingleMatch(gold: "a b c d", predicted: "e f g h")
        #expect(match.precision == 0)
        #expect(match.recall == 0)
        #expect(match.f1 == 0)
    }

    @Test func caseMatters() {
        let match = ShingleMatch(gold: "The cat sat down", predicted: "the cat sat down")
        #expect(match.precision == 0)
        #expect(match.recall == 0)
    }

    @Test func emptyPredictionHasNoPrecisionAndZeroRecall() {
        let match = ShingleMatch(gold: "a b c d", predicted: "")
        #expect(match.precision == nil)
        #expect(match.recall == 0)
        #expect(match.f1 == 0)
    }

    @Test func punctuationOnlyPredictionCountsAsEmpty() {
        #expect(ShingleMatch(gold: "a b c d", predicted: "— … !").precision == nil)
    }

    @Test func emptyGoldGivesZeroPrecisionAndNoRecall() {
        let match = ShingleMatch(gold: "", predicted: "a b c d")
        #expect(match.precision == 0)
        #expect(match.recall == nil)
        #expect(match.f1 == 0)
    }

    @Test func bothEmptyHaveNeitherAndPageF1One() {
        let match = ShingleMatch(gold: "", predicted: "")
        #expect(match.precision == nil)
        #expect(match.recall == nil)
        #expect(match.f1 == 1)
    }
}
