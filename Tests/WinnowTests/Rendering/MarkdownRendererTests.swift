import Testing
import Winnow

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func headingsListsAndQuotesGetTheirMarkers() {
        let article = RenderingFixtures.article([
            RenderingFixtures.kept("Section", .heading, level: 2),
            RenderingFixtures.kept("one", .listItem),
            RenderingFixtures.kept("two", .listItem),
            RenderingFixtures.kept("Said this.", .quote),
            RenderingFixtures.kept("Prose.", .paragraph),
        ])
        #expect(renderer.render(article) == "# Title\n\n## Section\n\n- one\n- two\n\n> Said this.\n\nProse.")
    }

    @Test func tableCellsOfOneRowJoinOnOneLine() {
        let article = RenderingFixtures.article(title: nil, [
            RenderingFixtures.kept("a", .tableCell, ancestors: [1, 2]),
            RenderingFixtures.kept("b|c", .tableCell, ancestors: [1, 2]),
            RenderingFixtures.kept("d", .tableCell, ancestors: [1, 3]),
        ])
        #expect(renderer.render(article) == "| a | b\\|c |\n| --- | --- |\n| d |")
    }

    @Test func preformattedTextIsFencedBeyondItsBackticks() {
        let article = RenderingFixtures.article(title: nil, [RenderingFixtures.kept("let a = ```", .preformatted)])
        #expect(renderer.render(article) == "````\nlet a = ```\n````")
    }

    @Test(arguments: ["# not a heading", "- not an item", "> not a quote", "1. not a list"])
    func paragraphStartingWithSyntaxIsEscaped(text: String) {
        let article = RenderingFixtures.article(title: nil, [RenderingFixtures.kept(text, .paragraph)])
        let rendered = renderer.render(article)
        #expect(rendered != text)
        #expect(rendered.replacingOccurrences(of: "\\", with: "") == text)
    }
}
