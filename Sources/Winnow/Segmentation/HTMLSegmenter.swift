/// Segmentation stage for HTML: parses markup and cuts it into ``TextBlock``s at block-level
/// boundaries, collecting ``PageMetadata`` from the same pass.
///
/// The parser follows ``Configuration/parser``: libxml2 when the `LibXML2` trait is on (for
/// `.automatic` and `.libxml2`), else the pure-Swift ``TagSoupParser``. Both emit the same
/// ``MarkupEvent``s, which ``BlockBuilder`` and ``MetadataCollector`` consume. Pages on which
/// libxml2 would be slow (see ``Configuration/Limits/maximumLibXML2Work``) or fail go to the
/// tag-soup parser, with a note.
///
/// Text under the `hidden` attribute is dropped, unless it is nearly all the page's text
/// (``Configuration/Segmentation/revealHiddenBelowVisibleShare``): streaming server-rendered
/// pages (Next.js/React `<div hidden id="S:0">` moved into place by `$RC("B:0","S:0")`) hold the
/// whole article there. The page is then segmented again with the attribute ignored.
struct HTMLSegmenter: Sendable {
    var configuration: Configuration

    func segment(_ html: String) -> (blocks: [TextBlock], metadata: PageMetadata, notes: [String]) {
        var notes: [String] = []
        let events = parse(html, notes: &notes)
        var builder = BlockBuilder(limits: configuration.limits)
        var collector = MetadataCollector()
        for event in events {
            builder.consume(event)
            collector.consume(event)
        }
        builder.finish()
        if revealsHidden(visible: builder.visibleBytes, hidden: builder.hiddenAttributeBytes) {
            var revealed = BlockBuilder(limits: configuration.limits, honoursHiddenAttribute: false)
            for event in events { revealed.consume(event) }
            revealed.finish()
            notes.append("most text sat in elements with the hidden attribute (segmentation.revealHiddenBelowVisibleShare); kept it")
            return (revealed.blocks, collector.finish(), notes + revealed.notes)
        }
        return (builder.blocks, collector.finish(), notes + builder.notes)
    }

    /// Whether the page's visible text is so small a share that the hidden text is the page
    /// (streaming server rendering that a script moves into place).
    private func revealsHidden(visible: Int, hidden: Int) -> Bool {
        let segmentation = configuration.segmentation
        guard hidden >= segmentation.revealHiddenMinimumBytes else { return false }
        return Double(visible) < segmentation.revealHiddenBelowVisibleShare * Double(visible + hidden)
    }

    private func parse(_ html: String, notes: inout [String]) -> [MarkupEvent] {
        #if LibXML2
        if configuration.parser != .tagSoup {
            if LibXML2WorkEstimate().work(html) > configuration.limits.maximumLibXML2Work {
                notes.append("page nests too deep for libxml2 (limits.maximumLibXML2Work); used the tag-soup parser")
            } else if let events = LibXML2Parser().events(html) {
                return events
            } else {
                notes.append("libxml2 could not parse the page; used the tag-soup parser")
            }
        }
        #endif
        return TagSoupParser().events(html)
    }
}
