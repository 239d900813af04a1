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

    /// The index over ``Stopwords/languages``, built once.
    static let shared: StopwordIndex = {
        let languages = Stopwords.languages
        var entries: [String: [Int]] = [:]
        for (index, language) in languages.enumerated() {
            for word in Stopwords.forLanguage(language).words { entries[word, default: []].append(index) }
        }
        return StopwordIndex(languages: languages, entries: entries)
    }()

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
