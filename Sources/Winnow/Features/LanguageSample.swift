/// The opening words of a page, lower-cased, with a count of letters per writing script and the
/// stopword hits per language (``StopwordIndex``) of the words read.
///
/// A word is a run of letters and combining marks; in scripts written without spaces (Han,
/// kana, Thai) each letter counts as one word toward the sample size. Words of ASCII letters are
/// looked up straight from the text's bytes; other words are lower-cased whole first.
///
/// ```swift
/// let sample = LanguageSample([TextBlock(text: "Hello, World of news", kind: .paragraph)], words: 10)
/// sample.wordCount                                  // 4
/// sample.stopwordScores(in: .shared)["en"] ?? 0 > 0 // true ("of")
/// ```
///
/// - Complexity: O(*n*) in the characters read, which stop after `words` words.
struct LanguageSample: Sendable {
    /// How many words were read.
    private(set) var wordCount = 0
    private var scriptLetters = [Int](repeating: 0, count: WritingScript.allCases.count)
    private var totalLetters = 0
    /// Weighted stopword hits per language of ``StopwordIndex/languages``, summed in word order.
    private var totals: [Double]

    init(_ blocks: [TextBlock], words limit: Int, index: StopwordIndex = .shared) {
        totals = [Double](repeating: 0, count: index.languages.count)
        var reader = Reader(limit: limit)
        // By index: iterating the blocks would copy each (retaining its path and ancestors too).
        for position in blocks.indices {
            guard reader.units < limit else { break }
            let text = blocks[position].text
            let read: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
                reader.read(bytes, into: &self, index: index)
                return true
            }
            if read == nil { reader.read(Array(text.utf8), into: &self, index: index) }
        }
    }

    /// Letters read in `script`.
    func letters(in script: WritingScript) -> Int { scriptLetters[script.rawValue] }

    /// Each language's weighted stopword hits, for the languages with any.
    func stopwordScores(in index: StopwordIndex) -> [String: Double] { index.scores(totals: totals) }

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

    /// Cuts words out of the blocks' UTF-8 and counts them into a sample.
    private struct Reader {
        let limit: Int
        var units = 0

        init(limit: Int) { self.limit = limit }

        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, into sample: inout LanguageSample, index: StopwordIndex) {
            // The current word: ASCII letters at bytes[asciiStart..<offset], or, once it holds
            // another letter, its scalars (ASCII ones lowered) in `scalars`.
            var asciiStart = -1
            var scalars: String.UnicodeScalarView?
            func flush(_ end: Int) {
                if let word = scalars {
                    units += 1
                    index.count(String(word).lowercased(), into: &sample.totals)
                    sample.wordCount += 1
                } else if asciiStart >= 0 {
                    units += 1
                    index.count(ascii: UnsafeBufferPointer(rebasing: bytes[asciiStart..<end]), into: &sample.totals)
                    sample.wordCount += 1
                }
                asciiStart = -1
                scalars = nil
            }
            // ASCII letters are counted here and added once (not an array write per letter).
            var asciiLetters = 0
            defer {
                sample.scriptLetters[WritingScript.other.rawValue] += asciiLetters
                sample.totalLetters += asciiLetters
            }
            var offset = 0
            while offset < bytes.count {
                if units >= limit {
                    flush(offset)
                    return
                }
                let byte = bytes[offset]
                if byte < 0x80 {
                    // ASCII letters are alphabetic and of no listed script; other ASCII ends a word.
                    guard byte &- UInt8(ascii: "A") < 26 || byte &- UInt8(ascii: "a") < 26 else {
                        flush(offset)
                        offset += 1
                        continue
                    }
                    asciiLetters += 1
                    if scalars != nil {
                        scalars!.append(Unicode.Scalar(byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte))
                    } else if asciiStart < 0 {
                        asciiStart = offset
                    }
                    offset += 1
                    continue
                }
                let (value, length) = UTF8Scalar.decode(bytes, at: offset)
                let letter = ScalarTables.letterKind(value)
                guard letter != .none else {
                    flush(offset)
                    offset += length
                    continue
                }
                let script = WritingScript(value)
                if letter == .letter {
                    sample.scriptLetters[script.rawValue] += 1
                    sample.totalLetters += 1
                }
                if script.isWordPerLetter { units += 1 }
                if scalars == nil {
                    var word = String.UnicodeScalarView()
                    if asciiStart >= 0 {
                        for ascii in bytes[asciiStart..<offset] {
                            word.append(Unicode.Scalar(ascii &- UInt8(ascii: "A") < 26 ? ascii | 0x20 : ascii))
                        }
                    }
                    scalars = word
                }
                if let scalar = Unicode.Scalar(value) { scalars!.append(scalar) }
                offset += length
            }
            flush(bytes.count)
        }

        mutating func read(_ bytes: [UInt8], into sample: inout LanguageSample, index: StopwordIndex) {
            bytes.withUnsafeBufferPointer { read($0, into: &sample, index: index) }
        }
    }
}
