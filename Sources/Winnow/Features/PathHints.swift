/// Learned log-odds of the words in class and id names (`article-body`, `related-posts`,
/// `tin-lien-quan`): what a DOM path says about the blocks under it.
///
/// The table is trained by `winnow-train` from pages with gold text (only words seen on several
/// sites are kept, so no single site's names are learned) and shipped in `Resources/model.json`.
///
/// ```swift
/// let hints = PathHints(weights: ["comment": -2.1, "content": 0.8])
/// hints.score(path: "body>div.post-content>p") // 0.8
/// ```
@_spi(Training)
public struct PathHints: Sendable, Hashable, Codable {
    /// Log-odds of content per class/id word.
    public var weights: [String: Double] {
        didSet { index = PathHintIndex(weights) }
    }
    /// The weights by the bytes of their words, for ASCII paths.
    private var index: PathHintIndex

    /// Creates a table.
    ///
    /// ```swift
    /// let hints = PathHints(weights: [:])
    /// ```
    public init(weights: [String: Double]) {
        self.weights = weights
        index = PathHintIndex(weights)
    }

    private enum CodingKeys: String, CodingKey { case weights }

    /// Decodes a table saved as `{"weights": {...}}`.
    ///
    /// ```swift
    /// let hints = try JSONDecoder().decode(PathHints.self, from: data)
    /// ```
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(weights: try container.decode([String: Double].self, forKey: .weights))
    }

    /// Encodes the table as `{"weights": {...}}`.
    ///
    /// ```swift
    /// let data = try JSONEncoder().encode(hints)
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(weights, forKey: .weights)
    }

    /// Tables with the same weights are equal.
    ///
    /// ```swift
    /// PathHints(weights: ["a": 1]) == PathHints(weights: ["a": 1]) // true
    /// ```
    public static func == (lhs: PathHints, rhs: PathHints) -> Bool { lhs.weights == rhs.weights }

    /// Hashes the weights.
    ///
    /// ```swift
    /// var hasher = Hasher(); hints.hash(into: &hasher)
    /// ```
    public func hash(into hasher: inout Hasher) { hasher.combine(weights) }

    /// The sum of the weights of the distinct class/id words on a path.
    ///
    /// ```swift
    /// hints.score(path: "body>div#comments>p")
    /// ```
    public func score(path: String) -> Double {
        guard !weights.isEmpty else { return 0 }
        // Words without a weight add nothing, so only weighted words need remembering.
        var tally = Tally()
        let ascii = Self.forEachASCIITokenRange(of: path) { tally.add($0, index) }
        guard !ascii else { return tally.total }
        var total = 0.0
        var countedWords = Set<String>()
        for token in Self.characterTokens(of: path) {
            guard let weight = weights[token], countedWords.insert(token).inserted else { continue }
            total += weight
        }
        return total
    }

    /// The score so far of a path read from its start: the sum of the weights counted, in
    /// reading order, and which words were counted.
    struct Tally {
        private(set) var total = 0.0
        private var counted = CountedEntries()

        @inline(__always)
        mutating func add(_ token: UnsafeBufferPointer<UInt8>, _ index: PathHintIndex) {
            guard let entry = index.entry(lowering: token), counted.insert(entry) else { return }
            total += index.weights[entry]
        }
    }

    /// Continues `tally` over more ASCII path bytes (a stretch that starts at a `>`).
    func tally(_ bytes: UnsafeBufferPointer<UInt8>, into tally: inout Tally) {
        Self.forEachASCIIToken(in: bytes) { tally.add($0, index) }
    }

    /// The class and id words of a path: `div.articleBody#main-2` → `article`, `body`, `main`.
    ///
    /// ```swift
    /// PathHints.tokens(of: "div.related-posts") // ["related", "posts"]
    /// ```
    public static func tokens(of path: String) -> [String] {
        asciiTokens(of: path) ?? characterTokens(of: path)
    }

    /// ``tokens(of:)`` read character by character: for paths with non-ASCII names.
    static func characterTokens(of path: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var inName = false
        var previousWasLower = false
        func flush() {
            if current.count >= 2 { tokens.append(current) }
            current = ""
        }
        for character in path {
            switch character {
            case ">":
                flush()
                inName = false
            case ".", "#":
                flush()
                inName = true
            default:
                guard inName else { continue }
                if character.isLetter {
                    if character.isUppercase && previousWasLower { flush() }
                    current.append(contentsOf: character.lowercased())
                    previousWasLower = character.isLowercase
                } else {
                    flush()
                    previousWasLower = false
                }
            }
        }
        flush()
        return tokens
    }
}
