/// Each block's text fingerprint and DOM path numbering: what ``SiteProfile`` learns from and
/// what the features and repetition stages look up, computed once per page.
///
/// ```swift
/// let keys = BlockKeys([TextBlock(text: "Đọc thêm", kind: .paragraph, path: "body>p")])
/// keys.texts[0] == Fingerprint("doc them").value // true
/// keys.pathPrint(ofBlock: 0)                      // Fingerprint.path("body>p").value
/// ```
///
/// - Complexity: O(*n*) in the blocks' text and path bytes.
struct BlockKeys: Sendable {
    /// Each block's ``Fingerprint`` value.
    let texts: [UInt64]
    /// The blocks' distinct paths.
    let paths: PagePaths

    /// The keys of `blocks`, taking their path numbering from `paths` when segmentation made it.
    init(_ blocks: [TextBlock], paths: PagePaths? = nil) {
        texts = blocks.map { Fingerprint($0.text).value }
        self.paths = paths ?? PagePaths(blocks)
    }

    /// The ``Fingerprint/path(_:)`` value of a block's path, `nil` for an empty path.
    func pathPrint(ofBlock index: Int) -> UInt64? {
        let slot = paths.slots[index]
        return slot >= 0 ? paths.prints[slot] : nil
    }
}

extension SegmentedPage {
    /// The blocks' keys: the ones computed at segmentation when the blocks are unchanged since.
    var keys: BlockKeys { storedKeys ?? BlockKeys(blocks) }
}
