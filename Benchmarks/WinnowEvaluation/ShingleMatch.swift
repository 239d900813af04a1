/// How one predicted text matches its gold text, by shingles: the per-page step of the
/// article-extraction-benchmark metric.
///
/// True positives are the shingles both texts share (counting repeats: `min` of the two counts),
/// false positives the surplus in the prediction, false negatives the surplus in the gold. The three
/// are divided by their sum so every page weighs the same.
///
/// - An empty prediction of a non-empty gold has no precision (it is left out of the precision
///   mean) and recall 0.
/// - A non-empty prediction of an empty gold has precision 0 and no recall.
/// - Both empty: neither precision nor recall; the page counts in neither mean.
///
/// ```swift
/// let match = ShingleMatch(gold: "a b c d e", predicted: "a b c d")
/// match.precision // 1.0
/// match.recall    // 0.5
/// ```
public struct ShingleMatch: Sendable, Hashable, Codable {
    /// Shared shingles, as a share of all counted shingles.
    public var truePositives: Double
    /// Predicted shingles not in the gold, as a share.
    public var falsePositives: Double
    /// Gold shingles not predicted, as a share.
    public var falseNegatives: Double

    /// Creates a match from (already normalised) counts.
    ///
    /// ```swift
    /// let match = ShingleMatch(truePositives: 0.5, falsePositives: 0, falseNegatives: 0.5)
    /// ```
    public init(truePositives: Double, falsePositives: Double, falseNegatives: Double) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Compares a prediction with its gold text.
    ///
    /// ```swift
    /// let match = ShingleMatch(gold: goldText, predicted: article.text)
    /// ```
    public init(gold: String, predicted: String, tokenizer: ShingleTokenizer = ShingleTokenizer()) {
        let goldShingles = tokenizer.shingles(of: gold)
        let predictedShingles = tokenizer.shingles(of: predicted)
        var tp = 0, fp = 0, fn = 0
        for key in Set(goldShingles.keys).union(predictedShingles.keys) {
            let goldCount = goldShingles[key] ?? 0
            let predictedCount = predictedShingles[key] ?? 0
            tp += min(goldCount, predictedCount)
            fp += max(0, predictedCount - goldCount)
            fn += max(0, goldCount - predictedCount)
        }
        let sum = Double(tp + fp + fn)
        let scale = sum > 0 ? sum : 1
        self.init(truePositives: Double(tp) / scale, falsePositives: Double(fp) / scale,
                  falseNegatives: Double(fn) / scale)
    }

    /// Precision, or `nil` when nothing was predicted (the page is left out of the mean).
    ///
    /// ```swift
    /// ShingleMatch(gold: "a b", predicted: "").precision // nil
    /// ```
    public var precision: Double? {
        guard truePositives + falsePositives > 0 else { return nil }
        if falsePositives == 0 && falseNegatives == 0 { return 1 }
        return truePositives / (truePositives + falsePositives)
    }

    /// Recall, or `nil` when the gold is empty (the page is left out of the mean).
    ///
    /// ```swift
    /// ShingleMatch(gold: "", predicted: "a b").recall // nil
    /// ```
    public var recall: Double? {
        guard truePositives + falseNegatives > 0 else { return nil }
        if falsePositives == 0 && falseNegatives == 0 { return 1 }
        return truePositives / (truePositives + falseNegatives)
    }

    /// The page's own F1 (for ranking pages; the benchmark's F1 is of the means): 1 when both
    /// texts are empty, 0 when only one is.
    ///
    /// ```swift
    /// ShingleMatch(gold: "a b c d e", predicted: "a b c d").f1 // 0.667
    /// ```
    public var f1: Double {
        guard let precision, let recall, precision + recall > 0 else {
            return precision == nil && recall == nil ? 1 : 0
        }
        return 2 * precision * recall / (precision + recall)
    }
}
