import Testing
import Winnow

@Suite("Smoothing by context and sections")
struct SmoothingTests {
    static let prose = "The committee met on Tuesday and agreed, after a long debate that lasted well into the night, that the budget for the coming year should be raised by a tenth, which the minister said was the least the schools could expect."
    /// More article text after the blocks under test, so none of them is the page's last line.
    static let tail = "\nTeachers' unions welcomed the decision on Wednesday, although they said that the increase would barely cover the rising costs of heating and repairs in older buildings across the region.\nThe opposition, for its part, promised to table amendments when the budget returns to the chamber next month, and warned that the figures rested on optimistic forecasts."

    @Test("A short line between article paragraphs is kept")
    func shortBetweenGood() {
        let article = Extractor().extract(Page(text: "Budget raised by a tenth\n\(Self.prose)\nHe agreed.\n\(Self.prose) Again." + Self.tail))
        #expect(article.blocks[2].decision == .content)
    }

    @Test("After a furniture heading, middling teasers stay boilerplate until prose resumes")
    func furnitureSection() {
        let teaser = "Markets slide as oil prices jump again on news from the Gulf, traders said on Monday."
        let text = "Budget raised by a tenth\n\(Self.prose)\nRead more\n\(teaser)\n\(teaser) Again and again."
        let article = Extractor().extract(Page(text: text))
        #expect(article.blocks[2].decision == .boilerplate)
        #expect(article.blocks[3].decision == .boilerplate)
        #expect(article.blocks[4].decision == .boilerplate)
    }

    @Test("A good paragraph after a furniture heading resumes the article")
    func sectionEndsAtProse() {
        let text = "Budget raised by a tenth\n\(Self.prose)\nRelated\n\(Self.prose) Indeed." + Self.tail
        let article = Extractor().extract(Page(text: text))
        #expect(article.blocks[3].decision == .content)
    }
}

@Suite("Sections opened by furniture headings in HTML")
struct HTMLSectionTests {
    static let paragraph = "<p>The committee met on Tuesday and agreed, after a long debate that lasted well into the night, that the budget for the coming year should be raised by a tenth, which the minister said was the least the schools could expect.</p>"
    static let teaser = "<div class=\"item\"><h3>Markets slide as oil prices jump again</h3><p>Traders said on Monday that the news from the Gulf had unsettled them.</p></div>"

    static func page(after article: String) -> Page {
        Page(html: "<html><body><article><h1>Budget raised by a tenth</h1>"
             + String(repeating: paragraph, count: 4)
             + article + "</article></body></html>")
    }

    @Test("Teasers under a furniture heading, in the heading's parent, are boilerplate")
    func teasersUnderFurnitureHeading() throws {
        let html = "<section><h2>Related stories</h2>" + String(repeating: Self.teaser, count: 3) + "</section>"
        let article = Extractor().extract(Self.page(after: html))
        let teasers = article.blocks.filter { $0.block.text.hasPrefix("Markets slide") || $0.block.text.hasPrefix("Traders said") }
        #expect(teasers.count == 6)
        #expect(teasers.allSatisfy { $0.decision == .boilerplate })
    }

    @Test("The section ends where the heading's parent element ends")
    func sectionEndsWithTheHeadingsParent() throws {
        let html = "<section><h2>Related stories</h2>" + Self.teaser + "</section><p>He agreed at once.</p>" + Self.paragraph
        let blocks = Extractor().extract(Self.page(after: html)).blocks
        let opener = try #require(blocks.firstIndex { $0.block.text == "Related stories" })
        let after = try #require(blocks.firstIndex { $0.block.text == "He agreed at once." })
        #expect(blocks[opener + 1].reason == .boilerplateSection(openedBy: opener))
        #expect(blocks[after].reason != .boilerplateSection(openedBy: opener))
    }
}

@Suite("Boxes of teasers under a label")
struct TeaserBoxTests {
    static let items = ["Markets slide as oil prices jump again on news from the Gulf, traders said on Monday.",
                        "Markets in Asia recover some ground after a week of losses, led by shares of chip makers.",
                        "Markets await the central bank's decision on rates, which most economists expect to hold."]
        .map { "<li><p>\($0)</p></li>" }.joined()

    @Test("A label that heads its own box makes the box's teasers boilerplate")
    func labelledBoxIsDropped() {
        let box = "<div class=\"box\"><div class=\"title\">Read more</div><ul>" + Self.items + "</ul></div>"
        let article = Extractor().extract(HTMLSectionTests.page(after: box))
        let teasers = article.blocks.filter { $0.block.text.hasPrefix("Markets") }
        #expect(teasers.count == 3)
        let label = article.blocks.firstIndex { $0.block.text == "Read more" }
        #expect(teasers.map(\.reason) == Array(repeating: .boilerplateSection(openedBy: label ?? -1), count: 3))
    }

    @Test("The same label between the article's paragraphs opens nothing")
    func labelInsideTheArticleOpensNothing() {
        let inline = "<p>Read more</p><p>He agreed at once.</p>" + HTMLSectionTests.paragraph
        let article = Extractor().extract(HTMLSectionTests.page(after: inline))
        #expect(!article.blocks.contains { if case .boilerplateSection = $0.reason { true } else { false } })
    }
}

@Suite("Comment sections")
struct CommentSectionTests {
    static let comment = "<div class=\"c\"><p>I have read this twice and I still think the committee got it wrong, because the schools in the north were promised far more than a tenth last spring and nobody has explained why that promise was dropped.</p></div>"

    static func page(head: String = "", heading: String = "3 Comments") -> Page {
        Page(html: "<html><head>\(head)</head><body><article><h1>Budget raised by a tenth</h1>"
             + String(repeating: HTMLSectionTests.paragraph, count: 4) + "</article>"
             + "<section><h2>\(heading)</h2>" + String(repeating: Self.comment, count: 2) + "</section></body></html>")
    }

    static func commentDecisions(_ article: Article) -> [Decision] {
        article.blocks.filter { $0.block.text.hasPrefix("I have read this twice") }.map(\.decision)
    }

    @Test("Prose under a comment heading stays boilerplate")
    func commentsAreDropped() {
        let decisions = Self.commentDecisions(Extractor().extract(Self.page()))
        #expect(decisions == [.boilerplate, .boilerplate])
    }

    @Test("Comment headings of blog engines and news sites open comment sections",
          arguments: ["Leave a Reply", "Discussion about this post", "Ý kiến bạn đọc", "12 Responses"])
    func commentHeadingsOfCommonEngines(heading: String) {
        let article = Extractor().extract(Self.page(heading: heading))
        #expect(Self.commentDecisions(article) == [.boilerplate, .boilerplate])
        #expect(article.blocks.first { $0.block.text == heading }?.decision == .boilerplate)
    }

    @Test("A comment heading alone in its own box heads the thread after the box")
    func headingInItsOwnBoxHeadsTheNextThread() {
        let page = Page(html: "<html><body><article><h1>Budget raised by a tenth</h1>"
                        + String(repeating: HTMLSectionTests.paragraph, count: 4) + "</article>"
                        + "<section id=\"discussion\"><div class=\"title\"><h2>3 Comments</h2></div>"
                        + "<ol class=\"thread\"><li>" + Self.comment + "</li><li>" + Self.comment + "</li></ol></section>"
                        + "<footer>" + HTMLSectionTests.paragraph + "</footer></body></html>")
        let article = Extractor().extract(page)
        #expect(Self.commentDecisions(article) == [.boilerplate, .boilerplate])
        #expect(article.blocks.first { $0.block.text == "3 Comments" }?.decision == .boilerplate)
    }

    @Test("A biography under \"About the author\" is dropped like comments")
    func biographiesAreDropped() {
        let bio = "<p>Jane Doe has covered education for the paper since 2009, after ten years as a teacher in the north of the country, and she writes a weekly column on schools, budgets and the people who run them, which won the regional press award in 2021 and again, for a series on rural schools, in 2024.</p>"
        let page = Page(html: "<html><body><article><h1>Budget raised by a tenth</h1>"
                        + String(repeating: HTMLSectionTests.paragraph, count: 4)
                        + "<div><h3>About the author</h3>" + bio + bio + "</div></article></body></html>")
        let decisions = Extractor().extract(page).blocks.filter { $0.block.text.hasPrefix("Jane Doe") }.map(\.decision)
        #expect(decisions == [.boilerplate, .boilerplate])
    }

    @Test("A page that declares itself a discussion keeps its replies")
    func discussionsKeepReplies() {
        let jsonLD = #"<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "Budget raised by a tenth"}</script>"#
        let article = Extractor().extract(Self.page(head: jsonLD))
        #expect(article.metadata.isDiscussion)
        #expect(Self.commentDecisions(article) == [.content, .content])
    }
}
