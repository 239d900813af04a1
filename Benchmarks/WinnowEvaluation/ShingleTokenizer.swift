/// Splits text into words and words into shingles exactly as the article-extraction-benchmark's
/// `evaluate.py` does (scrapinghub/article-extraction-benchmark).
///
/// A word is a maximal run of Python `\w` characters: letters (categories L*), characters with a
/// numeric value, and `_`. Combining marks are *not* word characters, as in Python, so a
/// decomposed "é" splits a word there. Words are compared by code points, without case folding or
/// Unicode normalisation.
///
/// A text of `n` words gives `n - size + 1` overlapping shingles of `size` words; a text of 1 to
/// `size - 1` words gives one shorter shingle; a text without words gives none.
///
/// ```swift
/// ShingleTokenizer.words(in: "Hello, wide world!")   // ["Hello", "wide", "world"]
/// ShingleTokenizer(size: 2).shingles(of: "a b c")   // ["a b": 1, "b c": 1] (as keys)
/// ```
public struct ShingleTokenizer: Sendable {
    /// Words per shingle; the benchmark uses 4.
    public var size: Int

    /// Creates a tokenizer for shingles of `size` words.
    ///
    /// ```swift
    /// let tokenizer = ShingleTokenizer(size: 4)
    /// ```
    public init(size: Int = 4) {
        self.size = max(1, size)
    }

    /// The words of a text, in order.
    ///
    /// ```swift
    /// ShingleTokenizer.words(in: "It's 9am") // ["It", "s", "9am"]
    /// ```
    public static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// The shingles of a text with how often each occurs.
    ///
    /// ```swift
    /// ShingleTokenizer().shingles(of: "one two three four five").count // 2
    /// ```
    public func shingles(of text: String) -> [Shingle: Int] {
        let words = Self.words(in: text)
        var counts: [Shingle: Int] = [:]
        guard !words.isEmpty else { return counts }
        let starts = max(1, words.count - size + 1)
        for start in 0..<starts {
            let end = min(words.count, start + size)
            counts[Shingle(words: words[start..<end]), default: 0] += 1
        }
        return counts
    }

    /// Whether a scalar matches Python's Unicode `\w`: `str.isalnum()` or `_`.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return properties.numericType != nil
        }
    }
}
