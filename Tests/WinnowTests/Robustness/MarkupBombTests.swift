import Testing
import Winnow

/// Markup built to blow up a parser: entity floods, huge numeric references, constructs that
/// never end. Each completes with sane text.
@Suite struct MarkupBombTests {
    @Test(arguments: HostileInput.parsers)
    func aMillionEntitiesDecodeToAMillionCharacters(parser: Configuration.Parser) {
        let html = HostileInput.page(body: "<p>" + String(repeating: "&amp;", count: 1_000_000) + "</p>")
        let segmented = segment(html, parser: parser)
        let characters = segmented.blocks.reduce(0) { $0 + $1.text.count }
        #expect(characters > 0)
        #expect(segmented.blocks.allSatisfy { $0.text.allSatisfy { $0 == "&" || $0 == " " } })
    }

    @Test(arguments: HostileInput.parsers)
    func hugeAndInvalidNumericEntitiesBecomeReplacementsNotCrashes(parser: Configuration.Parser) {
        let references = ["&#99999999999999999999999;", "&#x110000;", "&#xFFFFFFFFFFFFFFFFFF;", "&#0;", "&#xD800;",
                          "&#" + String(repeating: "9", count: 10_000) + ";"]
        let html = HostileInput.page(body: "<p>before " + references.joined(separator: " ") + " after</p>")
        let article = HostileInput.extract(Array(html.utf8), parser: parser)
        let text = article.blocks.map(\.block.text).joined(separator: "\n")
        #expect(text.contains("before"))
        #expect(text.contains("after"))
        #expect(HostileInput.isFreeOfControls(text))
    }

    static let unterminated = [
        "<p>\(HostileInput.prose)</p><!-- never closed <p>hidden</p>",
        "<p>\(HostileInput.prose)</p><![CDATA[ never closed <p>hidden</p>",
        "<p>\(HostileInput.prose)</p><script>var a = '<p>hidden</p>';",
        "<p>\(HostileInput.prose)</p><style>p { color: red }",
        "<p>\(HostileInput.prose)</p><textarea>never closed",
        "<p>\(HostileInput.prose)</p><p title=\"never closed>more text",
        "<p>\(HostileInput.prose)</p><",
    ]

    @Test(arguments: unterminated.indices, HostileInput.parsers)
    func unterminatedConstructsKeepTheTextBeforeThem(index: Int, parser: Configuration.Parser) {
        let html = "<html><body>" + Self.unterminated[index]
        let article = HostileInput.extract(Array(html.utf8), parser: parser)
        #expect(article.blocks.contains { $0.block.text.contains("old market hall") })
    }

    @Test(arguments: HostileInput.parsers)
    func manyUnterminatedCommentOpenersComplete(parser: Configuration.Parser) {
        let html = HostileInput.page(body: "<p>\(HostileInput.prose)</p>" + String(repeating: "<!--<![CDATA[<script>", count: 50_000))
        let article = HostileInput.extract(Array(html.utf8), parser: parser)
        #expect(article.blocks.contains { $0.block.text.contains("old market hall") })
    }

    private func segment(_ html: String, parser: Configuration.Parser) -> SegmentedPage {
        var configuration = Configuration()
        configuration.parser = parser
        return Extractor(configuration: configuration).segment(Page(bytes: Array(html.utf8), kind: .html))
    }
}
