import Testing
@testable import Winnow

@Suite("Blocks from HTML, with each parser")
struct BlockBuilderTests {
    @Test(arguments: TestParsers.all)
    func blockLevelElementsCutBlocksAndInlineOnesDoNot(parser: Configuration.Parser) {
        let html = "<body><div>Intro <b>bold</b> text<p>First <i>para</i></p>tail</div><p>Second</p></body>"
        #expect(texts(html, with: parser) == ["Intro bold text", "First para", "tail", "Second"])
    }

    @Test(arguments: TestParsers.all)
    func whiteSpaceIsFoldedAndEntitiesDecoded(parser: Configuration.Parser) {
        let html = "<p>  Fish &amp; chips\n\t&eacute;t&#233; &#x2014; caf&eacute;&nbsp;now </p>"
        #expect(texts(html, with: parser) == ["Fish & chips été — café now"])
    }

    @Test(arguments: TestParsers.all)
    func scriptsStylesAndHiddenElementsAreSkipped(parser: Configuration.Parser) {
        let html = """
            <html><head><title>T</title><style>p{}</style></head><body>
            <p>Kept<script>var x = "<p>no</p>";</script></p>
            <div hidden>hidden attr</div><div aria-hidden="true">aria</div>
            <div style="display: none">styled</div><p style="visibility:hidden">invisible</p>
            <noscript>enable js</noscript><select><option>One</select><p>Also kept</p></body></html>
            """
        #expect(texts(html, with: parser) == ["Kept", "Also kept"])
    }

    @Test(arguments: TestParsers.all)
    func aButtonLeftOpenAroundBlocksDoesNotHideThem(parser: Configuration.Parser) {
        let html = "<div><button><span>Menu</span><div><div></button></div><div><p>Article text</p></div></div>"
        #expect(texts(html, with: parser).contains("Article text"))
    }

    @Test(arguments: TestParsers.all)
    func linkCharactersCountTextInsideLinks(parser: Configuration.Parser) {
        let blocks = segment("<p>Read <a href='/x'>more here</a> now</p><p><a href=/y>Home</a></p>", with: parser).blocks
        #expect(blocks.map(\.linkCharacters) == [9, 4])
        #expect(blocks.last?.linkDensity == 1)
    }

    @Test(arguments: TestParsers.all)
    func kindsFollowTheMarkup(parser: Configuration.Parser) {
        let html = """
            <h2>Title</h2><ul><li>One</li><li><p>Two</p></li></ul><blockquote><p>Quoted</p></blockquote>
            <table><tr><td>Cell</td></tr></table><pre>code  here</pre><figure><figcaption>Cap</figcaption></figure><p>Para</p>
            """
        let blocks = segment(html, with: parser).blocks
        #expect(blocks.map(\.kind) == [.heading, .listItem, .listItem, .quote, .tableCell, .preformatted, .caption, .paragraph])
        #expect(blocks.first?.headingLevel == 2)
        #expect(blocks.map(\.isInList) == [false, true, true, false, false, false, false, false])
        #expect(blocks.map(\.isInQuote) == [false, false, false, true, false, false, false, false])
        #expect(blocks.map(\.isInTable) == [false, false, false, false, true, false, false, false])
    }

    @Test("Text inside a figure is a caption, whatever element holds it, unless it is a quote or table",
          arguments: TestParsers.all)
    func figureTextIsACaption(parser: Configuration.Parser) {
        let html = """
            <p>Before</p><figure><img src=a.jpg><div><p>Foto: Agency</p></div></figure>
            <figure><blockquote><p>Quoted</p></blockquote></figure><p>After</p>
            """
        #expect(segment(html, with: parser).blocks.map(\.kind) == [.paragraph, .caption, .quote, .paragraph])
    }

    @Test(arguments: TestParsers.all)
    func pathsNameTagsClassesAndIDsFromBody(parser: Configuration.Parser) {
        let html = "<body class=home><div id=main class='a b c d'><article class=post><p>Hi <span class=x>there</span></p></article></div></body>"
        #expect(segment(html, with: parser).blocks.first?.path == "body.home>div.a.b.c#main>article.post>p")
    }

    @Test(arguments: TestParsers.all)
    func landmarksComeFromTagsAndRoles(parser: Configuration.Parser) {
        let html = """
            <nav><a href=/>Home</a></nav><div role=banner>Brand</div><main><article><p>Body</p></article></main>
            <div role="complementary"><p>Side</p></div><footer><p>Foot</p></footer><p>Loose</p>
            """
        #expect(segment(html, with: parser).blocks.map(\.landmark) == [.navigation, .header, .article, .aside, .footer, nil])
    }

    @Test(arguments: TestParsers.all)
    func blocksInOneContainerShareItsNumber(parser: Configuration.Parser) {
        let blocks = segment("<div><p>One</p><p>Two</p></div><div><p>Three</p></div>", with: parser).blocks
        #expect(blocks.count == 3)
        #expect(blocks[0].ancestors.dropLast() == blocks[1].ancestors.dropLast())
        #expect(blocks[0].ancestors.dropLast() != blocks[2].ancestors.dropLast())
        #expect(Set(blocks.map { $0.ancestors.last }).count == 3)
    }

    @Test(arguments: TestParsers.all)
    func twoLineBreaksInARowEndABlockButOneDoesNot(parser: Configuration.Parser) {
        #expect(texts("<div>one<br>two<br>\n<br>three</div>", with: parser) == ["one two", "three"])
    }

    @Test(arguments: TestParsers.all)
    func decomposedInputGivesComposedText(parser: Configuration.Parser) {
        let decomposed = "<p>Vie\u{0302}\u{0323}t Nam cafe\u{0301}</p>"
        let text = texts(decomposed, with: parser).first ?? ""
        #expect(Array(text.unicodeScalars) == Array("Việt Nam café".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test(arguments: TestParsers.all)
    func deepNestingNeitherCrashesNorLosesText(parser: Configuration.Parser) {
        let depth = 100_000
        let html = "<body>" + String(repeating: "<div>", count: depth) + "deep text"
            + String(repeating: "</div>", count: depth) + "<p>after</p></body>"
        let result = segment(html, with: parser)
        #expect(result.blocks.map(\.text) == ["deep text", "after"])
        #expect(result.notes.contains { $0.contains("maximumDepth") })
        #expect((result.blocks.first?.ancestors.count ?? .max) <= Configuration().limits.maximumPathElements)
    }

    @Test(arguments: TestParsers.all)
    func limitsCutBlocksAndCharactersWithANote(parser: Configuration.Parser) {
        let html = "<p>abcdefghij</p><p>second</p><p>third</p>"
        let result = segment(html, with: parser) {
            $0.limits.maximumBlocks = 2
            $0.limits.maximumBlockCharacters = 4
        }
        #expect(result.blocks.map(\.text) == ["abcd", "seco"])
        #expect(result.notes.count == 2)
    }
}
