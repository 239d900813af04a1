/// One page's score, as written by `winnow-bench accuracy --json`.
///
/// ```swift
/// let result = PageResult(dataset: "readability", id: "001", url: nil,
///                         match: ShingleMatch(gold: gold, predicted: text),
///                         predictedLength: text.count, goldLength: gold.count, exactMatch: false)
/// ```
public struct PageResult: Sendable, Hashable, Codable {
    /// The dataset's name.
    public var dataset: String
    /// The page's id.
    public var id: String
    /// The page's URL, when known.
    public var url: String?
    /// Precision, `nil` when nothing was predicted.
    public var precision: Double?
    /// Recall, `nil` when the gold is empty.
    public var recall: Double?
    /// The page's own F1.
    public var f1: Double
    /// Characters predicted.
    public var predictedLength: Int
    /// Characters in the gold text.
    public var goldLength: Int
    /// Whether the texts are equal after whitespace normalisation.
    public var exactMatch: Bool

    /// Creates a page result from its match.
    ///
    /// ```swift
    /// let result = PageResult(dataset: "d", id: "1", url: nil, match: match,
    ///                         predictedLength: 10, goldLength: 12, exactMatch: false)
    /// ```
    public init(dataset: String, id: String, url: String?, match: ShingleMatch,
                predictedLength: Int, goldLength: Int, exactMatch: Bool) {
        self.dataset = dataset
        self.id = id
        self.url = url
        self.precision = match.precision
        self.recall = match.recall
        self.f1 = match.f1
        self.predictedLength = predictedLength
        self.goldLength = goldLength
        self.exactMatch = exactMatch
    }

    private enum CodingKeys: String, CodingKey {
        case dataset, id, url, precision, recall, f1, predictedLength, goldLength, exactMatch
    }

    /// Encodes every field, writing `null` for a missing URL, precision or recall.
    ///
    /// ```swift
    /// let json = try JSONEncoder().encode(result)
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(dataset, forKey: .dataset)
        try container.encode(id, forKey: .id)
        try container.encode(url, forKey: .url)
        try container.encode(precision, forKey: .precision)
        try container.encode(recall, forKey: .recall)
        try container.encode(f1, forKey: .f1)
        try container.encode(predictedLength, forKey: .predictedLength)
        try container.encode(goldLength, forKey: .goldLength)
        try container.encode(exactMatch, forKey: .exactMatch)
    }
}
