/// A run of consecutive words, compared by code points (no case folding, no normalisation).
///
/// ```swift
/// let shingle = Shingle(words: ["one", "two", "three", "four"])
/// shingle.description // "one two three four"
/// ```
public struct Shingle: Sendable, Hashable, CustomStringConvertible {
    /// The words' scalar values, each word followed by 0 (never a word character).
    private let scalars: [UInt32]

    /// Creates a shingle from its words.
    ///
    /// ```swift
    /// let shingle = Shingle(words: ["a", "b"])
    /// ```
    public init<Words: Collection<String>>(words: Words) {
        var scalars: [UInt32] = []
        for word in words {
            scalars.append(contentsOf: word.unicodeScalars.map(\.value))
            scalars.append(0)
        }
        self.scalars = scalars
    }

    /// The words joined by single spaces.
    ///
    /// ```swift
    /// print(Shingle(words: ["a", "b"])) // "a b"
    /// ```
    public var description: String {
        scalars.split(separator: 0, omittingEmptySubsequences: false).dropLast()
            .map { word in String(String.UnicodeScalarView(word.compactMap(Unicode.Scalar.init))) }
            .joined(separator: " ")
    }
}
