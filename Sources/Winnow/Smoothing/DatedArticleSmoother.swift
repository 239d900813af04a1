/// Smoothing stage 3: on a page that declares a publish date (a news story or blog post), a
/// short block the models kept without confidence is dropped: bylines' neighbours, "Lien copié",
/// section labels and one-line teasers, which a dated page's article rarely holds.
///
/// Undated pages (shops, documentation, listings) keep such blocks: there, short lines are often
/// the content (product names, specs, list entries). A short heading is spared when the block
/// after it is kept and not short: it heads a section of the article. The page always keeps its
/// longer blocks, so a page is never emptied by this stage.
///
/// Thresholds: ``Configuration/Smoothing-swift.struct/uncertainShortBlockWords`` and
/// ``Configuration/Smoothing-swift.struct/uncertainShortBlockProbability``.
struct DatedArticleSmoother: Sendable {
    var configuration: Configuration.Smoothing

    func smooth(_ verdicts: [BlockVerdict], blocks: [TextBlock], features: [BlockFeatures]) -> [BlockVerdict] {
        let shortWords = configuration.uncertainShortBlockWords
        func isKept(_ index: Int) -> Bool { verdicts[index].keepsArticleText }
        func isShort(_ index: Int) -> Bool { features[index].words < shortWords }
        guard verdicts.indices.contains(where: { isKept($0) && !isShort($0) }) else { return verdicts }
        var result = verdicts
        for index in verdicts.indices where isKept(index) && isShort(index) && verdicts[index].reason.isModelVerdict
            && verdicts[index].probability < configuration.uncertainShortBlockProbability {
            let headsSection = blocks[index].kind == .heading && index + 1 < verdicts.count
                && isKept(index + 1) && !isShort(index + 1)
            if headsSection { continue }
            result[index].decision = .boilerplate
            result[index].reason = .uncertainShortBlock(probability: verdicts[index].probability)
        }
        return result
    }
}
