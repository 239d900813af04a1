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
    public var weights: [String: Double]

    /// Creates a table.
    ///
    /// ```swift
    /// let hints = PathHints(weights: [:])
    /// ```
    public init(weights: [String: Double]) { self.weights = weights }

    /// The sum of the weights of the distinct class/id words on a path.
    ///
    /// ```swift
    /// hints.score(path: "body>div#comments>p")
    /// ```
    public func score(path: String) -> Double {
        guard !weights.isEmpty else { return 0 }
        // Words without a weight add nothing, so only weighted words need remembering.
        var total = 0.0
        var counted = Set<String>()
        func add(_ token: String) {
            guard let weight = weights[token], counted.insert(token).inserted else { return }
            total += weight
        }
        if !Self.forEachASCIIToken(of: path, add) {
            for token in Self.characterTokens(of: path) { add(token) }
        }
        return total
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
