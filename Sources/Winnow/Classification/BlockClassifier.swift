/// Classification stage: combines each block's features and repetition signals into a content
/// probability, a decision and the reason that settled it.
struct BlockClassifier: Sendable {
    var configuration: Configuration.Classification
    var model: BlockModel = .handSet

    func classify(features: [BlockFeatures], repetition: [RepetitionSignals], title: TitleFinder.Title,
                  blocks: [TextBlock]) -> [BlockVerdict] {
        features.indices.map { index in
            if index == title.blockIndex {
                return BlockVerdict(decision: .content, probability: 1, reason: .title)
            }
            let f = features[index], r = repetition[index]
            let vector = FeatureVector.make(f, r, block: blocks[index],
                                            previous: index > 0 ? features[index - 1] : nil,
                                            next: index + 1 < features.count ? features[index + 1] : nil)
            let p = model.probability(vector)
            return BlockVerdict(decision: p >= configuration.contentThreshold ? .content : .boilerplate,
                                probability: p, reason: reason(p, f, r))
        }
    }

    /// The strongest signal behind a probability, for people.
    private func reason(_ p: Double, _ f: BlockFeatures, _ r: RepetitionSignals) -> Reason {
        if p >= configuration.contentThreshold { return .articleText(probability: p) }
        if r.isSiteTemplate { return .siteTemplate(pages: r.sitePages, of: r.profilePages, site: "") }
        if r.startsWithTitleSlug { return .titleSlug }
        if let original = r.duplicateOf { return .duplicate(of: original) }
        if f.linkDensity >= configuration.maximumLinkDensity { return .linkDensity(f.linkDensity) }
        return .furnitureText(probability: p)
    }
}
