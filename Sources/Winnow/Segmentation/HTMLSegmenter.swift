/// Segmentation stage for HTML: parses markup and cuts it into ``TextBlock``s at block-level boundaries.
///
/// Placeholder until the parser work lands.
struct HTMLSegmenter: Sendable {
    var configuration: Configuration

    func segment(_ html: String) -> (blocks: [TextBlock], metadata: PageMetadata, notes: [String]) {
        ([], PageMetadata(), [])
    }
}
