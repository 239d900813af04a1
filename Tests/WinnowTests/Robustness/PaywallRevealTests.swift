import Testing
import Winnow

/// A paywall that ships the whole story but hides most of it (`<div class="paywall" hidden>`)
/// while the page's JSON-LD `articleBody` states it: the hidden paragraphs the declared text
/// holds are brought back, and other hidden text stays hidden.
@Suite struct PaywallRevealTests {
    static let paragraphs = [
        "The mayor said the decision would let the city repair three bridges and open two new libraries before winter.",
        "Opposition members argued that the plan leaves too little money for public transport in the outer districts.",
        "Local businesses welcomed the repairs, saying the closed bridges had cost them customers for more than a year.",
        "Teachers' unions asked the council to publish how the new school money will be divided between the districts.",
        "A final vote on the transport levy is expected next month, after a round of public consultations in each district.",
        "Residents of the northern districts have collected signatures for a second bus depot near the river crossing.",
    ]
    static let lead = "The council approved the new budget on Tuesday after a long debate about schools and roads."
    static let modal = "Subscribe today to keep reading every story from our newsroom, with a free month for new readers."

    /// Teaser links beside the story: more visible text than the hidden paragraphs, so the page
    /// is no script-revealed page (``Configuration/Segmentation-swift.struct/revealHiddenBelowVisibleShare``).
    static let teasers = (1...20).map { "<li><a href=\"/news/\($0)\">Headline number \($0) of another story in the city section today</a></li>" }
        .joined()

    /// The paywalled page; `declared` adds the JSON-LD statement of the story's text.
    static func page(declared: Bool, visibleParagraphs: Int = 0) -> String {
        let shown = paragraphs.prefix(visibleParagraphs).map { "<p>\($0)</p>" }.joined()
        let hidden = paragraphs.dropFirst(visibleParagraphs).map { "<p>\($0)</p>" }.joined()
        let body = ([lead] + paragraphs).joined(separator: " ")
        let jsonLD = declared
            ? "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": \"\(body)\"}</script>" : ""
        return HostileInput.page(body: """
            <article><h1>Budget approved</h1><p>\(lead)</p>\(shown)
            <div class="paywall" hidden>\(hidden)</div></article>
            <aside><ul>\(teasers)</ul></aside>
            <div class="modal" hidden><p>\(modal)</p></div>
            """, head: jsonLD)
    }

    @Test(arguments: HostileInput.parsers)
    func hiddenParagraphsOfTheDeclaredArticleAreKept(parser: Configuration.Parser) {
        let article = HostileInput.extract(Array(Self.page(declared: true).utf8), parser: parser)
        #expect(article.text.contains("transport levy"))
        #expect(article.text.contains("second bus depot"))
        #expect(!article.blocks.contains { $0.block.text.contains("Subscribe today") })
        #expect(article.notes.contains { $0.contains("hidden elements (a paywall)") })
    }

    @Test(arguments: HostileInput.parsers)
    func withoutADeclaredArticleHiddenParagraphsStayHidden(parser: Configuration.Parser) {
        let article = HostileInput.extract(Array(Self.page(declared: false).utf8), parser: parser)
        #expect(article.text.contains("new budget on Tuesday"))
        #expect(!article.text.contains("transport levy"))
    }

    @Test(arguments: HostileInput.parsers)
    func aPageThatPrintsMostOfItsDeclaredArticleIsNotSegmentedAgain(parser: Configuration.Parser) {
        let article = HostileInput.extract(Array(Self.page(declared: true, visibleParagraphs: 4).utf8), parser: parser)
        #expect(article.text.contains("Teachers' unions"))
        #expect(!article.text.contains("second bus depot"))
        #expect(!article.notes.contains { $0.contains("hidden elements (a paywall)") })
    }

    @Test func revealingTheDeclaredArticleCanBeTurnedOff() {
        var configuration = Configuration()
        configuration.segmentation.revealDeclaredBodyBelowPrintedShare = 0
        let article = Extractor(configuration: configuration).extract(Page(bytes: Array(Self.page(declared: true).utf8)))
        #expect(!article.text.contains("transport levy"))
    }
}
