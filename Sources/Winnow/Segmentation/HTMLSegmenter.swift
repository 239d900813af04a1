/// Segmentation stage for HTML: parses markup and cuts it into ``TextBlock``s at block-level
/// boundaries, collecting ``PageMetadata`` from the same pass.
///
/// The parser follows ``Configuration/parser``: libxml2 when the `LibXML2` trait is on (for
/// `.automatic` and `.libxml2`), else the pure-Swift ``TagSoupParser``. Both emit the same
/// ``MarkupEvent``s, which ``BlockBuilder`` and ``MetadataCollector`` consume.
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
            if let events = LibXML2Parser().events(html) { return events }
            notes.append("libxml2 could not parse the page; used the tag-soup parser")
        }
        #endif
        return TagSoupParser().events(html)
    }
}
