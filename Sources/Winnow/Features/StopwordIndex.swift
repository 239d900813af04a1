import Foundation

/// Every stopword list in one table: word → the languages that list it, each hit weighing
/// 1 / (number of such languages), so words shared by close languages (Danish and Norwegian
/// "og", Spanish and Portuguese "de") count less than distinctive ones.
///
/// ```swift
/// StopwordIndex.shared.scores(for: ["the", "of", "und"])["en"] // 2.0
/// ```
struct StopwordIndex: Sendable {
    /// Language codes, indexed by position.
    let languages: [String]
    /// For each word, the indices of the languages that list it.
    let entries: [String: [Int]]
    /// The ASCII words of ``entries`` (and those canonically equivalent to ASCII), for lookups from bytes.
    private let ascii: ASCIIWordTable
    /// The languages of the ``ascii`` entries back to back (no array per entry to retain on a
    /// hit): entry `i`'s are `asciiLanguages[asciiStarts[i]..<asciiStarts[i + 1]]`.
    private let asciiLanguages: [Int]
    private let asciiStarts: [Int]

    init(languages: [String], entries: [String: [Int]]) {
        self.languages = languages
        self.entries = entries
        var forms: [String] = []
        var listed: [Int] = []
        var starts = [0]
        for (word, languages) in entries {
            if !word.unicodeScalars.allSatisfy({ $0.isASCII || Stopwords.decomposesToASCII($0) }) { continue }
            let form = word.utf8.allSatisfy({ $0 < 0x80 }) ? word : word.precomposedStringWithCanonicalMapping
            guard form.utf8.allSatisfy({ $0 < 0x80 }), form == word else { continue }
            forms.append(form)
            listed += languages
            starts.append(listed.count)
        }
        ascii = ASCIIWordTable(forms)
        asciiLanguages = listed
        asciiStarts = starts
    }

    /// The index over ``Stopwords/languages``, built once.
    static let shared: StopwordIndex = {
        let languages = Stopwords.languages
        var entries: [String: [Int]] = [:]
        for (index, language) in languages.enumerated() {
            for word in Stopwords.forLanguage(language).words { entries[word, default: []].append(index) }
        }
        return StopwordIndex(languages: languages, entries: entries)
    }()

    /// Adds a lower-cased word's weighted hits to per-language totals (indexed like ``languages``).
    func count(_ word: String, into totals: inout [Double]) {
        guard let listed = entries[word] else { return }
        add(listed, to: &totals)
    }

    /// ``count(_:into:)`` for a word of ASCII letters, capitals not yet lowered.
    func count(ascii word: UnsafeBufferPointer<UInt8>, into totals: inout [Double]) {
        guard let entry = ascii.entry(lowering: word) else { return }
        let languages = asciiStarts[entry]..<asciiStarts[entry + 1]
        let weight = 1 / Double(languages.count)
        for position in languages { totals[asciiLanguages[position]] += weight }
    }

    @inline(__always)
    private func add(_ listed: [Int], to totals: inout [Double]) {
        let weight = 1 / Double(listed.count)
        for index in listed { totals[index] += weight }
    }

    /// The totals of the languages with hits, by language code.
    func scores(totals: [Double]) -> [String: Double] {
        var scores: [String: Double] = [:]
        for (index, total) in totals.enumerated() where total > 0 { scores[languages[index]] = total }
        return scores
    }

    /// Weighted stopword hits per language over lower-cased words.
    func scores(for words: some Sequence<String>) -> [String: Double] {
        var totals = [Double](repeating: 0, count: languages.count)
        for word in words {
            guard let listed = entries[word] else { continue }
            let weight = 1 / Double(listed.count)
            for index in listed { totals[index] += weight }
        }
        var scores: [String: Double] = [:]
        for (index, total) in totals.enumerated() where total > 0 { scores[languages[index]] = total }
        return scores
    }
}
