/// Scores one tool's predictions on one dataset: per-page results, the benchmark summary, the
/// exact-match share and the worst pages. Both `winnow-bench accuracy` and `winnow-bench score`
/// go through it, so every tool is measured by the same code.
///
/// A page without a prediction is scored as an empty prediction and listed in ``missing``.
///
/// ```swift
/// let score = DatasetScore(dataset: dataset, predictions: Predictions(texts: texts))
/// print(score.summary.f1, score.exactMatchShare)
/// for page in score.worst(5) { print(page.id, page.f1) }
/// ```
public struct DatasetScore: Sendable {
    /// The dataset's name.
    public var dataset: String
    /// Each page's result, in the dataset's order.
    public var pages: [PageResult]
    /// Mean precision, mean recall and their F1.
    public var summary: AccuracySummary
    /// Share of pages whose prediction equals the gold after whitespace normalisation.
    public var exactMatchShare: Double
    /// Ids of pages the predictions did not cover.
    public var missing: [String]

    /// Scores predictions against a dataset's gold texts.
    ///
    /// ```swift
    /// let score = DatasetScore(dataset: dataset, predictions: predictions)
    /// ```
    public init(dataset: Dataset, predictions: Predictions, tokenizer: ShingleTokenizer = ShingleTokenizer()) {
        self.dataset = dataset.name
        var matches: [ShingleMatch] = []
        var results: [PageResult] = []
        var missing: [String] = []
        for page in dataset.pages {
            let gold = page.gold.articleBody
            let predicted = predictions.texts[page.id] ?? ""
            if predictions.texts[page.id] == nil { missing.append(page.id) }
            let match = ShingleMatch(gold: gold, predicted: predicted, tokenizer: tokenizer)
            matches.append(match)
            results.append(PageResult(dataset: dataset.name, id: page.id, url: page.gold.url, match: match,
                                      predictedLength: predicted.count, goldLength: gold.count,
                                      exactMatch: ExactMatch.matches(gold: gold, predicted: predicted)))
        }
        self.pages = results
        self.summary = AccuracySummary(matches: matches)
        self.exactMatchShare = ExactMatch.share(of: results.map(\.exactMatch))
        self.missing = missing
    }

    /// The `count` pages with the lowest F1, worst first (ties by id).
    ///
    /// ```swift
    /// score.worst(10).map(\.id)
    /// ```
    public func worst(_ count: Int) -> [PageResult] {
        Array(pages.sorted { ($0.f1, $0.id) < ($1.f1, $1.id) }.prefix(max(0, count)))
    }
}
