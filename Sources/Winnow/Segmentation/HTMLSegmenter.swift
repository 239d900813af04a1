/// Segmentation stage for HTML: parses markup and cuts it into ``TextBlock``s at block-level
/// boundaries, collecting ``PageMetadata`` from the same pass.
///
/// The parser follows ``Configuration/parser``: libxml2 when the `LibXML2` trait is on (for
/// `.automatic` and `.libxml2`), else the pure-Swift ``TagSoupParser``. Both emit the same
/// ``MarkupEvent``s, which ``BlockBuilder`` and ``MetadataCollector`` consume. Pages on which
/// libxml2 would be slow (see ``Configuration/Limits/maximumLibXML2Work``) or fail go to the
/// tag-soup parser, with a note.
///
/// Hidden text is dropped, unless what a script would reveal is nearly all the page's text
/// (``Configuration/Segmentation/revealHiddenBelowVisibleShare``): the text under `hidden`
/// attributes (streaming server rendering: Next.js/React `<div hidden id="S:0">` moved into
/// place by `$RC("B:0","S:0")`), or the text of one concealed element (a page-wide wrapper with
/// an inline `visibility:hidden` that a script lifts once styles load; Discourse forums, which
/// serve every post inside one `<noscript>`). The page is then segmented again with that hiding
/// ignored; `aria-hidden` and skipped elements (`script`, `template`, …) stay dropped.
///
/// A page that prints little of the article text it declares (``PageMetadata/articleBody``,
/// ``Configuration/Segmentation/revealDeclaredBodyBelowPrintedShare``) is segmented again too,
/// keeping only the hidden blocks that text holds: a paywall hiding the paragraphs it ships.
struct HTMLSegmenter: Sendable {
    var configuration: Configuration

    func segment(_ html: String) -> (blocks: [TextBlock], metadata: PageMetadata, notes: [String]) {
        let result = segment(.string(html))
        return (result.blocks, result.metadata, result.notes)
    }

    /// The blocks, metadata and notes, with the blocks' paths numbered.
    func segment(_ html: UTF8Text) -> (blocks: [TextBlock], metadata: PageMetadata, notes: [String], paths: PagePaths) {
        html.withUTF8(segment(utf8:))
    }

    private func segment(utf8 html: UnsafeBufferPointer<UInt8>)
        -> (blocks: [TextBlock], metadata: PageMetadata, notes: [String], paths: PagePaths) {
        var notes: [String] = []
        var consumer = SegmentationConsumer(builder: BlockBuilder(limits: configuration.limits), collector: MetadataCollector())
        let parser = parse(html, into: &consumer, notes: &notes)
        var builder = consumer.builder
        builder.finish()
        if revealsHidden(visible: builder.visibleBytes, hidden: builder.hiddenAttributeBytes)
            || revealsHidden(visible: builder.visibleBytes, hidden: builder.largestConcealedBytes) {
            var revealed = BlockBuilder(limits: configuration.limits, honoursRevealableHiding: false)
            parser.replay(html, into: &revealed)
            revealed.finish()
            notes.append("most text sat in hidden elements a script reveals (segmentation.revealHiddenBelowVisibleShare); kept it")
            return (revealed.blocks, consumer.collector.finish(), notes + revealed.notes, revealed.paths)
        }
        let metadata = consumer.collector.finish()
        if let body = hiddenDeclaredBody(metadata, builder) {
            let filter = BlockBuilder.RevealFilter(runs: Set(body.values), share: configuration.smoothing.declaredBodyBlockShare)
            var revealed = BlockBuilder(limits: configuration.limits, honoursRevealableHiding: false, revealFilter: filter)
            parser.replay(html, into: &revealed)
            revealed.finish()
            if body.coverage(in: revealed.blocks).printedShare >= configuration.smoothing.declaredBodyOnPageShare {
                notes.append("the article text the page declares sat in hidden elements (a paywall); kept them")
                return (revealed.blocks, metadata, notes + revealed.notes, revealed.paths)
            }
        }
        return (builder.blocks, metadata, notes + builder.notes, builder.paths)
    }

    /// The page's declared article text (``PageMetadata/articleBody``), when the visible blocks
    /// print too little of it and hidden text could hold the rest: a paywall that hides the
    /// story's paragraphs it ships (`<div class="paywall" hidden>`).
    private func hiddenDeclaredBody(_ metadata: PageMetadata, _ builder: BlockBuilder) -> WordShingles? {
        guard max(builder.hiddenAttributeBytes, builder.largestConcealedBytes) >= configuration.segmentation.revealHiddenMinimumBytes,
              !metadata.isDiscussion, let text = metadata.articleBody else { return nil }
        let body = WordShingles(text)
        guard body.words >= configuration.smoothing.declaredBodyMinimumWords,
              body.coverage(in: builder.blocks).printedShare < configuration.segmentation.revealDeclaredBodyBelowPrintedShare
        else { return nil }
        return body
    }

    /// Whether the page's visible text is so small a share that the hidden text is the page
    /// (streaming server rendering that a script moves into place).
    private func revealsHidden(visible: Int, hidden: Int) -> Bool {
        let segmentation = configuration.segmentation
        guard hidden >= segmentation.revealHiddenMinimumBytes else { return false }
        return Double(visible) < segmentation.revealHiddenBelowVisibleShare * Double(visible + hidden)
    }

    /// How a page was parsed, so a second pass reads the same events.
    private enum ParsedWith {
        #if LibXML2
        case libxml2(LibXML2Parser)
        #endif
        case tagSoup([MarkupEvent])

        /// Walks the page again into `consumer` (libxml2 parses it again: cheaper than keeping
        /// every page's events for the rare page that needs a second pass).
        func replay<Consumer: MarkupConsumer>(_ html: UnsafeBufferPointer<UInt8>, into consumer: inout Consumer) {
            switch self {
            #if LibXML2
            case .libxml2(let parser): _ = parser.parse(utf8: html, into: &consumer)
            #endif
            case .tagSoup(let events): for event in events { consumer.consume(event) }
            }
        }
    }

    private func parse<Consumer: MarkupConsumer>(_ html: UnsafeBufferPointer<UInt8>, into consumer: inout Consumer,
                                                 notes: inout [String]) -> ParsedWith {
        #if LibXML2
        if configuration.parser != .tagSoup {
            let libxml2Parser = LibXML2Parser(stripsRawText: configuration.segmentation.stripsRawTextBeforeLibXML2)
            if LibXML2WorkEstimate().work(utf8: html) > configuration.limits.maximumLibXML2Work {
                notes.append("page nests too deep for libxml2 (limits.maximumLibXML2Work); used the tag-soup parser")
            } else if libxml2Parser.parse(utf8: html, into: &consumer) {
                return .libxml2(libxml2Parser)
            } else {
                notes.append("libxml2 could not parse the page; used the tag-soup parser")
            }
        }
        #endif
        let events = TagSoupParser().events(utf8: html)
        for event in events { consumer.consume(event) }
        return .tagSoup(events)
    }
}
