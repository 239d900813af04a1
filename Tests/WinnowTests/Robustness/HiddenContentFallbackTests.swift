import Testing
import Winnow

/// Streaming server rendering (Next.js/React) sends the article in `<div hidden id="S:0">` and a
/// script that moves it into place: when hidden text is nearly the whole page, it is kept.
@Suite struct HiddenContentFallbackTests {
    static let streamed = """
        <!doctype html><html><head><title>Budget approved</title></head><body>
        <div id="__next"><template id="B:0"></template><p>Loading…</p></div>
        <div hidden id="S:0"><article><h1>Budget approved</h1>
        <p>\(HostileInput.prose)</p>
        <p>The mayor said the decision would let the city repair three bridges and open two new libraries before winter.</p>
        <p>Opposition members argued that the plan leaves too little money for public transport in the outer districts.</p>
        <p>Local businesses welcomed the repairs, saying the closed bridges had cost them customers for more than a year.</p>
        <p>Teachers' unions asked the council to publish how the new school money will be divided between the districts.</p>
        <p>A final vote on the transport levy is expected next month, after a round of public consultations in each district.</p>
        </article></div>
        <script>$RC("B:0","S:0")</script></body></html>
        """

    @Test(arguments: HostileInput.parsers)
    func scriptRevealedHiddenArticleIsKept(parser: Configuration.Parser) {
        let article = HostileInput.extract(Array(Self.streamed.utf8), parser: parser)
        #expect(article.text.contains("old market hall"))
        #expect(article.text.contains("transport levy"))
        #expect(article.notes.contains { $0.contains("revealHiddenBelowVisibleShare") })
    }

    @Test(arguments: HostileInput.parsers)
    func hiddenTextBesideAVisibleArticleStaysHidden(parser: Configuration.Parser) {
        let html = HostileInput.page(body: "<article><p>\(HostileInput.prose)</p><p>\(HostileInput.prose.uppercased())</p></article>"
            + "<div hidden><p>Subscribe to our newsletter for the latest offers from our partners.</p></div>")
        let article = HostileInput.extract(Array(html.utf8), parser: parser)
        #expect(!article.blocks.contains { $0.block.text.contains("newsletter") })
        #expect(!article.notes.contains { $0.contains("revealHiddenBelowVisibleShare") })
    }

    @Test func revealingCanBeTurnedOff() {
        var configuration = Configuration()
        configuration.segmentation.revealHiddenBelowVisibleShare = 0
        let article = Extractor(configuration: configuration).extract(Page(bytes: Array(Self.streamed.utf8)))
        #expect(!article.blocks.contains { $0.block.text.contains("transport levy") })
    }

    @Test func styleHiddenTextIsNeverRevealed() {
        let html = Self.streamed.replacingOccurrences(of: "<div hidden id=\"S:0\">", with: "<div style=\"display: none\">")
        let article = HostileInput.extract(Array(html.utf8))
        #expect(!article.blocks.contains { $0.block.text.contains("transport levy") })
    }
}
