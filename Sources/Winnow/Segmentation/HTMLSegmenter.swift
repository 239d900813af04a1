/// Segmentation stage for HTML: parses markup and cuts it into ``TextBlock``s at block-level
/// boundaries, collecting ``PageMetadata`` from the same pass.
///
/// The parser follows ``Configuration/parser``: libxml2 when the `LibXML2` trait is on (for
/// `.automatic` and `.libxml2`), else the pure-Swift ``TagSoupParser``. Both emit the same
/// ``MarkupEvent``s, which ``BlockBuilder`` and ``MetadataCollector`` consume. Pages on which
/// libxml2 would be slow (see ``Configuration/Limits/maximumLibXML2Work``) or fail go to the
/// tag-soup parser, with a note.
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
        return (builder.blocks, collector.finish(), notes + builder.notes)
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
