/// `text.split(whereSeparator: \.isWhitespace)`: the words between runs of white-space
/// characters, without breaking the text into characters when every scalar is a character
/// of its own (ASCII byte-wise, most Latin, Greek and Cyrillic text and punctuation scalar-wise).
///
/// ```swift
/// WhitespaceWords.split(" “Xin chào”\u{A0}Việt Nam ") // ["“Xin", "chào”", "Việt", "Nam"]
/// ```
///
/// - Complexity: O(*n*).
enum WhitespaceWords {
    static func split(_ text: String) -> [Substring] {
        BlockFrame.asciiWords(text, maximum: .max) ?? scalarWords(text) ?? text.split(whereSeparator: \.isWhitespace)
    }

    /// The words of `text` joined by single spaces, `split(text).joined(separator: " ")`: `text`
    /// itself when it is ASCII and already so (no white space but single inner spaces).
    ///
    /// ```swift
    /// WhitespaceWords.folded("  Breaking\tnews ") // "Breaking news"
    /// ```
    static func folded(_ text: String) -> String {
        isFoldedASCII(text) ? text : split(text).joined(separator: " ")
    }

    private static func isFoldedASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0x20
            for byte in bytes {
                if byte >= 0x80 || (ASCII.isWhiteSpace(byte) && (byte != 0x20 || previous == 0x20)) { return false }
                previous = byte
            }
            return previous != 0x20 || bytes.isEmpty
        }
    }

    /// The words split at White_Space scalars, or `nil` when a scalar may join the one before
    /// it in a character. Without such scalars every character is one scalar (but CR LF, both
    /// white space), and a character is white space when its first scalar is.
    private static func scalarWords(_ text: String) -> [Substring]? {
        let scalars = text.unicodeScalars
        var words: [Substring] = []
        var start: String.Index?
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            guard isOwnCharacter(scalar.value) else { return nil }
            if BlockText.isUnicodeWhitespace(scalar) {
                if let begin = start {
                    words.append(text[begin..<index])
                    start = nil
                }
            } else if start == nil {
                start = index
            }
            index = scalars.index(after: index)
        }
        if let begin = start { words.append(text[begin..<scalars.endIndex]) }
        return words
    }

    /// Blocks whose scalars never extend, join or prepend to a neighbour in a character
    /// (Grapheme_Cluster_Break Other or Control): Latin below the combining marks, Greek and
    /// Cyrillic without theirs, Latin Extended Additional, Greek Extended, general punctuation
    /// but the zero-width (non-)joiner, currency signs.
    private static func isOwnCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x370..<0x483, 0x48A..<0x530, 0x1E00..<0x2000, 0x20A0..<0x20D0: true
        case 0x2000..<0x2070: value != 0x200C && value != 0x200D
        default: false
        }
    }
}
