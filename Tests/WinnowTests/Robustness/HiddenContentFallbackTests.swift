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

    /// The article of ``streamed`` inside one element opened by `wrapper` instead of the hidden div.
    static func concealed(by wrapper: String, closedBy closing: String = "</div>") -> String {
        streamed.replacingOccurrences(of: "<div hidden id=\"S:0\">", with: wrapper)
            .replacingOccurrences(of: "</article></div>", with: "</article>" + closing)
    }

    @Test(arguments: HostileInput.parsers)
    func pageWideWrapperHiddenByInlineStyleIsRevealed(parser: Configuration.Parser) {
        let html = Self.concealed(by: "<div style=\"visibility: hidden; min-height: 100vh\">")
        let article = HostileInput.extract(Array(html.utf8), parser: parser)
        #expect(article.text.contains("transport levy"))
        #expect(article.notes.contains { $0.contains("revealHiddenBelowVisibleShare") })
    }

    @Test(arguments: HostileInput.parsers)
    func postsServedInsideNoscriptAreRevealed(parser: Configuration.Parser) {
        let html = Self.concealed(by: "<noscript data-path=\"/t/budget/1\">", closedBy: "</noscript>")
        let article = HostileInput.extract(Array(html.utf8), parser: parser)
        #expect(article.text.contains("transport levy"))
    }

    @Test(arguments: HostileInput.parsers)
    func manySmallStyleHiddenMenusStayHiddenEvenWhenTheyOutweighTheArticle(parser: Configuration.Parser) {
        let menu = (0..<12).map { "<li><a href=\"/section/\($0)\">Section number \($0) of the shop</a></li>" }.joined()
        let menus = (0..<8).map { _ in "<ul style=\"display:none\">\(menu)</ul>" }.joined()
        let html = HostileInput.page(body: "<nav>\(menus)</nav><article><p>\(HostileInput.prose)</p></article>")
        let article = HostileInput.extract(Array(html.utf8), parser: parser)
        #expect(article.text.contains("old market hall"))
        #expect(!article.blocks.contains { $0.block.text.contains("Section number") })
    }
}

/// A page that scripts fill in has no article before they run: the body is empty and a note
/// says why, while a page with an article carries no such note.
@Suite struct EmptyBodyNoteTests {
    @Test(arguments: HostileInput.parsers)
    func scriptShellGetsAnEmptyBodyWithANote(parser: Configuration.Parser) {
        let shell = """
            <!doctype html><html><head><title>Forum thread</title></head><body>
            <section id="main"></section><noscript>Please enable JavaScript.</noscript>
            <script>window.boot({"posts": []})</script></body></html>
            """
        let article = HostileInput.extract(Array(shell.utf8), parser: parser)
        #expect(article.text.isEmpty)
        #expect(article.notes.contains { $0.hasPrefix("no block read as article text") })
    }

    @Test(arguments: HostileInput.parsers)
    func pageWithAnArticleHasNoEmptyBodyNote(parser: Configuration.Parser) {
        let article = HostileInput.extract(Array(HiddenContentFallbackTests.streamed.utf8), parser: parser)
        #expect(!article.text.isEmpty)
        #expect(!article.notes.contains { $0.hasPrefix("no block read as article text") })
    }
}
