/// Names the language of a page's text, an ISO 639-1 code.
///
/// Reads the first ``Configuration/Features/languageSampleWords`` words of the blocks. When one
/// non-Latin script holds at least ``Configuration/Features/languageScriptShare`` of the letters,
/// the script names the language (Han, kana, Hangul, Thai, Arabic, Cyrillic, Greek, Hebrew,
/// Devanagari). Otherwise each language scores its stopword hits (``StopwordIndex``); the best wins
/// if it reaches ``Configuration/Features/minimumLanguageEvidence`` and
/// ``Configuration/Features/minimumStopwordShare`` of the words (the declared language wins ties). Else the declared language (normalised to two letters), else `nil`.
///
/// ```swift
/// let blocks = [TextBlock(text: "Đây là một bài báo của chúng tôi về kinh tế và xã hội.", kind: .paragraph)]
/// LanguageIdentifier().identify(blocks, declared: "en") // "vi"
/// ```
///
/// - Complexity: O(*w*) in the sampled words; no regular expressions.
struct LanguageIdentifier: Sendable {
    /// Sample size, script share and evidence threshold.
    var features = Configuration.Features()

    func identify(_ blocks: [TextBlock], declared: String?) -> String? {
        let declaredCode = declared.flatMap(LanguageCode.normalised)
        let sample = LanguageSample(blocks, words: features.languageSampleWords)
        if let (script, share) = sample.dominantScript(), share >= features.languageScriptShare {
            let cjk = sample.letters(in: .han) + sample.letters(in: .kana)
            let kanaShare = cjk == 0 ? 0 : Double(sample.letters(in: .kana)) / Double(cjk)
            return script.language(declared: declaredCode, kanaShare: kanaShare,
                                   minimumKanaShare: features.japaneseKanaShare) ?? declaredCode
        }
        let scores = sample.stopwordScores(in: .shared)
        let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let share = (ranked.first?.value ?? 0) / Double(max(1, sample.wordCount))
        if let best = ranked.first, best.value >= features.minimumLanguageEvidence,
           share >= features.minimumStopwordShare {
            if let declaredCode, scores[declaredCode] == best.value { return declaredCode }
            return best.key
        }
        return declaredCode
    }
}
