import Testing
import Winnow

@Suite struct HTMLRendererTests {
    @Test func articleElementWithEscapedText() {
        let article = RenderingFixtures.article(title: "A <b> & \"c\"", [
            RenderingFixtures.kept("x < y", .paragraph),
            RenderingFixtures.kept("one", .listItem),
            RenderingFixtures.kept("two", .listItem),
        ])
        #expect(HTMLRenderer().render(article) == """
            <article lang="en">
            <h1>A &lt;b&gt; &amp; &quot;c&quot;</h1>
            <p>x &lt; y</p>
            <ul>
            <li>one</li>
            <li>two</li>
            </ul>
            </article>
            """)
    }

    @Test func droppedBlocksAreLeftOut() {
        let article = RenderingFixtures.article(title: nil, [RenderingFixtures.dropped("Menu")])
        #expect(!HTMLRenderer().render(article).contains("Menu"))
    }
}
