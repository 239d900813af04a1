/// The opening words of a page, lower-cased, with a count of letters per writing script.
///
/// A word is a run of letters and combining marks; in scripts written without spaces (Han,
/// kana, Thai) each letter counts as one word toward the sample size.
///
/// ```swift
/// let sample = LanguageSample([TextBlock(text: "Hello, World", kind: .paragraph)], words: 10)
/// sample.words // ["hello", "world"]
/// ```
///
/// - Complexity: O(*n*) in the characters read, which stop after `words` words.
struct LanguageSample: Sendable {
    /// The lower-cased words read.
    private(set) var words: [String] = []
    private var scriptLetters = [Int](repeating: 0, count: WritingScript.allCases.count)
    private var totalLetters = 0

    init(_ blocks: [TextBlock], words limit: Int) {
        var units = 0
        var current = String.UnicodeScalarView()
        // ASCII letters are lower-cased as they arrive; a word with other letters is lower-cased whole.
        var currentIsASCII = true
        func flush() {
            guard !current.isEmpty else { return }
            words.append(currentIsASCII ? String(current) : String(current).lowercased())
            current = String.UnicodeScalarView()
            currentIsASCII = true
            units += 1
        }
        outer: for block in blocks {
            for scalar in block.text.unicodeScalars {
                if units >= limit { break outer }
                if scalar.isASCII {
                    // ASCII letters are alphabetic and of no listed script; other ASCII ends a word.
                    let value = scalar.value
                    let isUpper = value >= 0x41 && value <= 0x5A
                    guard isUpper || (value >= 0x61 && value <= 0x7A) else { flush(); continue }
                    scriptLetters[WritingScript.other.rawValue] += 1
                    totalLetters += 1
                    current.append(isUpper ? Unicode.Scalar(UInt8(truncatingIfNeeded: value + 32)) : scalar)
                    continue
                }
                currentIsASCII = false
                let properties = scalar.properties
                let isMark = properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
                guard properties.isAlphabetic || isMark else { flush(); continue }
                let script = WritingScript(scalar)
                if !isMark {
                    scriptLetters[script.rawValue] += 1
                    totalLetters += 1
                }
                if script.isWordPerLetter { units += 1 }
                current.append(scalar)
            }
            flush()
        }
        flush()
    }

    /// Letters read in `script`.
    func letters(in script: WritingScript) -> Int { scriptLetters[script.rawValue] }

    /// The non-Latin script with the most letters and its share of all letters, or `nil`.
    func dominantScript() -> (WritingScript, Double)? {
        guard totalLetters > 0 else { return nil }
        var best: (WritingScript, Int)?
        for script in WritingScript.allCases where script != .other {
            var count = letters(in: script)
            if script == .han { count += letters(in: .kana) }  // Japanese mixes the two
            if count > (best?.1 ?? 0) { best = (script, count) }
        }
        return best.map { ($0.0, Double($0.1) / Double(totalLetters)) }
    }
}
