import Testing
import Winnow

@Suite("Repetition inside a page")
struct InPageRepetitionTests {
    @Test("A block starting with the title's slug is dropped; the title itself is kept")
    func titleSlug() {
        let text = """
        Đàm phán Nga - Mỹ về vấn đề Syria đã đi vào ngõ cụt
        dam phan nga my ve van de syria da di vao ngo cut Quân đội Syria giải phóng lãnh thổ
        """
        let article = Extractor().extract(Page(text: text))
        #expect(article.blocks[0].reason == .title)
        #expect(article.blocks[1].decision == .boilerplate)
        #expect(article.blocks[1].reason == .titleSlug)
    }

    @Test("A teaser title printed twice is dropped: one copy as a duplicate, the other by the model")
    func duplicateTeaser() {
        let text = """
        A headline for the story
        Markets slide as oil prices jump again
        Markets slide as oil prices jump again
        """
        let article = Extractor().extract(Page(text: text))
        #expect(article.blocks[1].decision == .boilerplate)
        #expect(article.blocks[2].decision == .boilerplate)
        let duplicates = article.blocks.filter { if case .duplicate = $0.reason { true } else { false } }
        #expect(duplicates.count == 1)
    }

    @Test("A description printed twice, once per screen size, is kept once")
    func repeatedDescriptionKeptOnce() {
        let description = "Make each cup of tea feel special with this wheel-thrown stoneware mug, glazed by hand."
        let html = """
        <html><head><title>Speckled mug</title></head><body>
        <nav><a href="/">Shop</a> <a href="/about">About</a> <a href="/cart">Cart</a></nav>
        <main><h1>Speckled mug</h1>
        <div class="mobile-only"><p>\(description)</p></div>
        <div class="desktop-only"><p>\(description)</p><p>Dishwasher and microwave safe.</p></div>
        </main>
        <footer><p>© Pottery Studio. All rights reserved.</p></footer>
        </body></html>
        """
        let article = Extractor().extract(Page(html: html))
        let copies = article.blocks.filter { $0.block.text == description }
        #expect(copies.count == 2)
        #expect(copies.filter { $0.decision == .content }.count == 1)
        #expect(article.text.components(separatedBy: description).count == 2)
    }

    @Test("A duplicate too short to matter is left to other signals")
    func shortDuplicateIgnored() {
        let article = Extractor().extract(Page(text: "Headline of it all\nShare\nShare"))
        #expect(article.blocks[1].reason != .duplicate(of: 2))
    }

    /// A blog post with comments under a WordPress-style heading that quotes the post's title.
    static func postWithComments(heading: String) -> String {
        let comment = "I read the novel first and still enjoyed the film; the satire lands better on a second "
            + "viewing, and the cast plays it perfectly straight, which is what makes it work for me."
        return """
            <html><head><title>Starship Troopers, revisited – A Blog</title></head><body>
            <article><h1>Starship Troopers, revisited</h1>
            <p>\(HostileInput.prose)</p>
            <p>The film keeps the novel's outline but turns its tone inside out, and that is the point of it.</p>
            <div id="comments"><h3>\(heading)</h3>
            <ol class="list"><li><p>\(comment)</p></li><li><p>\(comment.uppercased())</p></li></ol></div>
            </article></body></html>
            """
    }

    @Test("A heading that quotes the page title heads comments: it and the comments under it are dropped",
          arguments: ["12 thoughts on “Starship Troopers, revisited”", "3 Kommentare zu „Starship Troopers, revisited“"])
    func headingQuotingTheTitleHeadsComments(heading: String) {
        let article = Extractor().extract(Page(html: Self.postWithComments(heading: heading)))
        #expect(article.text.contains("old market hall"))
        #expect(article.blocks.first { $0.block.text == heading }?.reason == .quotesTitle)
        #expect(!article.text.contains("second viewing"))
        #expect(!article.text.lowercased().contains("second viewing"))
    }

    @Test("A heading that merely contains the title, unquoted or with many other words, is judged as usual")
    func headingWithTheTitleUnquotedIsNotComments() {
        for heading in ["Why Starship Troopers, revisited is worth your evening",
                        "What the critics of 1997 got wrong about “Starship Troopers, revisited” and the novel behind it"] {
            let article = Extractor().extract(Page(html: Self.postWithComments(heading: heading)))
            #expect(article.blocks.first { $0.block.text == heading }?.reason != .quotesTitle)
        }
    }
}
