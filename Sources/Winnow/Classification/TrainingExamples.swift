/// The feature vectors of a page's blocks, for training a ``BlockModel``.
///
/// ```swift
/// let extractor = Extractor()
/// let rows = extractor.featureVectors(of: extractor.segment(page), profile: profile)
/// ```
@_spi(Training)
extension Extractor {
    /// One ``BlockModel/featureNames``-ordered vector per block of the page, as the classifier sees them.
    public func featureVectors(of page: SegmentedPage, profile: SiteProfile?, pathHints: PathHints) -> [[Double]] {
        let analysis = analyze(page, profile: profile, pathHints: pathHints)
        return page.blocks.indices.map { analysis.vector(at: $0, blocks: page.blocks) }
    }
}

@_spi(Training)
extension Extractor {
    /// The container model's input for every block of an HTML page that the block model decides,
    /// as ``extract(_:profile:)`` would build it with `model` as the block model.
    ///
    /// ```swift
    /// let rows = extractor.containerVectors(of: page, profile: profile, pathHints: hints, model: htmlModel)
    /// for (block, vector) in rows { print(block, vector) }
    /// ```
    public func containerVectors(of page: SegmentedPage, profile: SiteProfile?, pathHints: PathHints,
                                 model: BlockModel) -> [(block: Int, vector: [Double])] {
        guard page.kind == .html else { return [] }
        let analysis = analyze(page, profile: profile, pathHints: pathHints)
        let verdicts = blockClassifier(model: model).classify(analysis, blocks: page.blocks)
        let evidence = ContainerEvidence(verdicts, blocks: page.blocks, features: analysis.features,
                                         threshold: configuration.classification.contentThreshold)
        return MainContentSmoother.containerInputs(verdicts, blocks: page.blocks, features: analysis.features,
                                                   evidence: evidence).rows
    }
}
