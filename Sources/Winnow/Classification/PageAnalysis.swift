/// Everything the stages before classification learned about a page's blocks.
struct PageAnalysis: Sendable {
    /// The detected language.
    var language: String?
    /// The title and its block.
    var title: TitleFinder.Title
    /// Each block's own measurements.
    var features: [BlockFeatures]
    /// Each block's repetition signals.
    var repetition: [RepetitionSignals]

    /// The classifier's input for one block.
    func vector(at index: Int, blocks: [TextBlock]) -> [Double] {
        FeatureVector.make(features[index], repetition[index], block: blocks[index],
                           previous: index > 0 ? features[index - 1] : nil,
                           next: index + 1 < features.count ? features[index + 1] : nil)
    }
}

extension Extractor {
    /// Runs the language, title, features and repetition stages.
    func analyze(_ page: SegmentedPage, profile: SiteProfile?, pathHints: PathHints = BlockModels.shipped.pathHints) -> PageAnalysis {
        let language = LanguageIdentifier(features: configuration.features).identify(page.blocks, declared: page.metadata.declaredLanguage)
        let title = TitleFinder().find(in: page)
        let keys = page.keys
        let features = FeatureExtractor(configuration: configuration.features, stopwords: .forLanguage(language), pathHints: pathHints)
            .features(of: page.blocks, paths: keys.paths, titleIndex: title.blockIndex)
        let repetition = RepetitionAnalyzer(configuration: configuration.repetition)
            .analyze(page.blocks, keys: keys, title: title, url: page.url, profile: profile)
        return PageAnalysis(language: language, title: title, features: features, repetition: repetition)
    }
}
