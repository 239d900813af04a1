/// Whether a prediction equals its gold text once whitespace is normalised: every run of
/// whitespace (spaces, tabs, newlines) becomes one space, and the ends are trimmed.
///
/// ```swift
/// ExactMatch.matches(gold: "One\n\ntwo ", predicted: "One two") // true
/// ExactMatch.share(of: [true, false])                          // 0.5
/// ```
public enum ExactMatch {
    /// Whether the two texts are equal after whitespace normalisation.
    ///
    /// ```swift
    /// ExactMatch.matches(gold: "a  b", predicted: "a\tb") // true
    /// ```
    public static func matches(gold: String, predicted: String) -> Bool {
        normalized(gold) == normalized(predicted)
    }

    /// The text with each whitespace run turned into one space, ends trimmed.
    ///
    /// ```swift
    /// ExactMatch.normalized("  a \n b ") // "a b"
    /// ```
    public static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The share of `true` values; 0 for none.
    ///
    /// ```swift
    /// ExactMatch.share(of: [true, true, false, false]) // 0.5
    /// ```
    public static func share(of outcomes: [Bool]) -> Double {
        outcomes.isEmpty ? 0 : Double(outcomes.filter { $0 }.count) / Double(outcomes.count)
    }
}
