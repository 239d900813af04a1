/// The article-extraction-benchmark score of a set of pages: mean precision, mean recall, and the
/// F1 of those two means (not the mean of per-page F1s).
///
/// Pages without a precision (nothing predicted) are left out of the precision mean; pages without
/// a recall (empty gold) are left out of the recall mean. A mean over no pages is 0.
///
/// ```swift
/// let summary = AccuracySummary(matches: pages.map { ShingleMatch(gold: $0.gold, predicted: $0.text) })
/// print(summary.precision, summary.recall, summary.f1)
/// ```
public struct AccuracySummary: Sendable, Hashable, Codable {
    /// How many pages were scored.
    public var pageCount: Int
    /// Mean precision over pages with a prediction.
    public var precision: Double
    /// Mean recall over pages with a non-empty gold.
    public var recall: Double
    /// `2PR / (P + R)` of the means; 0 when both are 0.
    public var f1: Double

    /// Summarises per-page matches.
    ///
    /// ```swift
    /// let summary = AccuracySummary(matches: [ShingleMatch(gold: "a b", predicted: "a b")])
    /// summary.f1 // 1.0
    /// ```
    public init(matches: [ShingleMatch]) {
        pageCount = matches.count
        precision = Self.mean(matches.compactMap(\.precision))
        recall = Self.mean(matches.compactMap(\.recall))
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    private static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
}
