/// Classification stage: combines each block's features and repetition signals into a content
/// probability, a decision and the reason that settled it.
struct BlockClassifier: Sendable {
    var configuration: Configuration.Classification
    var model: BlockModel
    /// The site's name, for reasons.
    var site: String = ""
    /// Blocks of at least this many characters survive an in-page duplicate (a repeated
    /// paragraph of prose is rarer furniture than a repeated teaser title).
    var duplicateCharacterCeiling: Int

    func classify(_ analysis: PageAnalysis, blocks: [TextBlock]) -> [BlockVerdict] {
        let probabilities = analysis.features.indices.map { model.probability(analysis.vector(at: $0, blocks: blocks)) }
        let standIns = DuplicateStandIns(repetition: analysis.repetition, probabilities: probabilities)
        return analysis.features.indices.map { index in
            if index == analysis.title.blockIndex {
                return BlockVerdict(decision: .content, probability: 1, reason: .title)
            }
            let f = analysis.features[index], r = analysis.repetition[index]
            let p = probabilities[index]
            if let hard = repetitionVerdict(f, r, probability: p, isStandIn: standIns.contains(index)) { return hard }
            if f.isLabelledTeaser { return BlockVerdict(decision: .boilerplate, probability: p, reason: .labelledTeaser) }
            return BlockVerdict(decision: p >= configuration.contentThreshold ? .content : .boilerplate,
                                probability: p, reason: reason(p, f, r))
        }
    }

    /// Repetition that settles a block on its own: text the site repeats on most pages, a block
    /// opening with the title's slug, and a short text printed twice on the page (all copies but
    /// its stand-in, the one the model rates highest).
    private func repetitionVerdict(_ f: BlockFeatures, _ r: RepetitionSignals, probability p: Double,
                                   isStandIn: Bool) -> BlockVerdict? {
        if r.isSiteTemplate {
            return BlockVerdict(decision: .boilerplate, probability: p, reason: .siteTemplate(pages: r.sitePages, of: r.profilePages, site: site))
        }
        if r.startsWithTitleSlug { return BlockVerdict(decision: .boilerplate, probability: p, reason: .titleSlug) }
        if r.quotesTitle { return BlockVerdict(decision: .boilerplate, probability: p, reason: .quotesTitle) }
        if let other = r.duplicateOf, !isStandIn, f.characters < duplicateCharacterCeiling {
            return BlockVerdict(decision: .boilerplate, probability: p, reason: .duplicate(of: other))
        }
        return nil
    }

    /// The strongest signal behind a probability, for people.
    private func reason(_ p: Double, _ f: BlockFeatures, _ r: RepetitionSignals) -> Reason {
        if p >= configuration.contentThreshold { return .articleText(probability: p) }
        if f.linkDensity >= configuration.maximumLinkDensity { return .linkDensity(f.linkDensity) }
        return .furnitureText(probability: p)
    }
}

extension Extractor {
    /// The classification stage with this extractor's settings and `model` (the shipped one in
    /// extraction, a freshly fitted one in training).
    func blockClassifier(model: BlockModel, site: String = "") -> BlockClassifier {
        BlockClassifier(configuration: configuration.classification, model: model, site: site,
                        duplicateCharacterCeiling: configuration.smoothing.goodCharacters)
    }
}
