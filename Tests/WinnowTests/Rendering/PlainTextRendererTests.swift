import Testing
import Winnow

@Suite struct PlainTextRendererTests {
    @Test func titleLineBlankLineThenKeptBody() {
        let article = RenderingFixtures.article([
            RenderingFixtures.kept("First.", .paragraph),
            RenderingFixtures.dropped("Home"),
            RenderingFixtures.kept("Second.", .paragraph),
        ])
        #expect(PlainTextRenderer().render(article) == "Title\n\nFirst.\nSecond.")
    }

    @Test func withoutTitleOnlyTheBody() {
        let article = RenderingFixtures.article(title: nil, [RenderingFixtures.kept("Only.", .paragraph)])
        #expect(PlainTextRenderer().render(article) == "Only.")
    }
}
