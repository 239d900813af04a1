import Foundation
import Testing
@testable import Winnow

@Suite("Blocks outside the article text a page declares")
struct DeclaredBodySmootherTests {
    static let story = [
        "The council voted on Tuesday evening to rebuild the old river bridge in stone, after a debate that ran for four hours and drew more residents to the town hall than any meeting in the past ten years.",
        "Engineers told the members that the present bridge, built of timber in the last century, could no longer carry delivery vans and would need to close to all traffic within two winters if nothing were done.",
        "Work is to begin in the spring and last about eighteen months, during which a ferry will carry people across the river at no charge, the mayor said, adding that the shops on both banks would be consulted.",
    ]
    static let heading = "What the bridge will cost"
    static let lead = "Residents packed the town hall as the council settled the future of the river crossing at last."
    static let teasers = [
        "A local baker has opened a second shop near the station, where she sells the rye loaves that made her name at the weekly market, and says business has never been better than this year.",
        "The regional rail company has announced new evening trains to the coast for the summer months, with bicycles carried free of charge on every service that leaves after six o'clock.",
    ]

    /// A dated story page: lead, two paragraphs, a subheading, a paragraph, then teasers in the
    /// same article element; the JSON-LD declares the three paragraphs (and `type` as its type).
    static func page(declaring body: String, type: String = "NewsArticle") -> String {
        let json = "{\"@type\":\"\(type)\",\"headline\":\"Bridge to be rebuilt\",\"datePublished\":\"2026-11-20\",\"articleBody\":\"\(body)\"}"
        let paragraphs = [lead, story[0], story[1]].map { "<p>\($0)</p>" }.joined()
            + "<h2>\(heading)</h2><p>\(story[2])</p>" + teasers.map { "<p>\($0)</p>" }.joined()
        return """
            <html><head><title>Bridge to be rebuilt</title><meta name="description" content="\(lead)">
            <script type="application/ld+json">\(json)</script></head>
            <body><article><h1>Bridge to be rebuilt</h1>\(paragraphs)</article></body></html>
            """
    }

    static func reasons(_ html: String, configuration: Configuration = Configuration()) -> [String: Reason] {
        let article = Extractor(configuration: configuration).extract(Page(html: html))
        return Dictionary(article.blocks.map { ($0.block.text, $0.reason) }, uniquingKeysWith: { first, _ in first })
    }

    @Test("Prose the declared body leaves out is dropped; its paragraphs, a subheading between them and the lead stay")
    func dropsProseOutsideTheDeclaredBody() {
        let html = Self.page(declaring: Self.story.joined(separator: " "))
        let reasons = Self.reasons(html)
        for teaser in Self.teasers { #expect(reasons[teaser] == .outsideDeclaredBody) }
        for kept in Self.story + [Self.heading, Self.lead] {
            #expect(reasons[kept] != .outsideDeclaredBody, "\(kept)")
        }
        // Without the stage the models keep the teasers: the stage is what drops them.
        var off = Configuration()
        off.smoothing.declaredBodyMinimumWords = .max
        let without = Extractor(configuration: off).extract(Page(html: html))
        let kept = without.blocks.filter { $0.decision == .content }.map(\.block.text)
        #expect(Self.teasers.allSatisfy(kept.contains))
    }

    @Test("A declared body too short to be the story, or a discussion's opening post, overrules nothing")
    func untrustedBodiesChangeNothing() {
        let teaser = Self.reasons(Self.page(declaring: Self.story[0]))
        let thread = Self.reasons(Self.page(declaring: Self.story.joined(separator: " "), type: "DiscussionForumPosting"))
        for reasons in [teaser, thread] {
            #expect(!reasons.values.contains(.outsideDeclaredBody))
        }
    }

    @Test("A declared body the page does not print (a paywalled full text) overrules nothing")
    func unprintedBodiesChangeNothing() {
        let hidden = String(repeating: "Only subscribers can read how the bridge vote went in the end and why. ", count: 12)
        #expect(!Self.reasons(Self.page(declaring: hidden)).values.contains(.outsideDeclaredBody))
    }

    @Test("Four-word runs ignore ASCII case, punctuation (curly quotes and dashes too) and spacing; a text of three words has none")
    func shinglesCompareWordsOnly() {
        let page = WordShingles("Die Brücke wird   NEU gebaut – „sagte“ sie…")
        let body = Set(WordShingles("die Brücke wird neu gebaut, sagte sie").values)
        #expect(page.words == 7)
        #expect(page.share(in: body) == 1)
        #expect(WordShingles("Three short words").values.isEmpty)
        #expect(WordShingles("Three short words").share(in: body) == nil)
    }

    @Test("On a real news page with a declared body, the stage drops only text the gold leaves out")
    func realPageTeasersAreDropped() throws {
        let article = Extractor().extract(Page(bytes: [UInt8](try Data(contentsOf: Samples.url("html/ndr-de.html")))))
        let gold = try Samples.text("gold/ndr-de.txt")
        #expect(article.metadata.articleBody != nil)
        let dropped = article.blocks.filter { $0.reason == .outsideDeclaredBody }.map(\.block.text)
        #expect(dropped.count >= 4)
        for text in dropped { #expect(!gold.contains(text), "\(text)") }
        for line in gold.split(separator: "\n") { #expect(article.text.contains(line), "\(line)") }
    }
}
