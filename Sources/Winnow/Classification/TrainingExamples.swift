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
