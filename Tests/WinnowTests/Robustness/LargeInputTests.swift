import Testing
import Winnow

/// Pages large in size, depth or breadth complete with their text (no timing is asserted: the
/// all-pages run, `winnow-bench robustness`, checks speed; Scripts/robustness.sh runs a 50 MB page).
@Suite struct LargeInputTests {
    /// A 1 MB page of distinct paragraphs. A 5 MB page took 30 s in a debug build, so the 50 MB
    /// page is in Scripts/robustness.sh (release build). Paragraphs differ in their words, since
    /// repeated ones are boilerplate.
    @Test func oneMegabytePageCompletes() {
        let words = HostileInput.prose.split(separator: " ")
        let random = HostileInput.randomBytes(count: 1 << 20, seed: 5)
        var body = "<p>\(HostileInput.prose)</p>"
        var index = 0
        while body.utf8.count < 1 << 20 {
            body += "<p>" + (0..<30).map { _ in
                index += 1
                return words[Int(random[index % random.count]) % words.count]
            }.joined(separator: " ") + ".</p>"
        }
        let article = HostileInput.extract(Array(HostileInput.page(body: body).utf8))
        #expect(article.blocks.count > 4_000)
        #expect(!article.text.isEmpty)
    }

    @Test(arguments: [10_000, 100_000], HostileInput.parsers)
    func deepNestingKeepsTheInnermostText(depth: Int, parser: Configuration.Parser) {
        let html = HostileInput.page(body: String(repeating: "<div>", count: depth) + "<p>\(HostileInput.prose)</p>"
            + String(repeating: "</div>", count: depth))
        let article = HostileInput.extract(Array(html.utf8), parser: parser)
        #expect(article.blocks.contains { $0.block.text.contains("old market hall") })
        #expect(article.notes.contains { $0.contains("maximumDepth") })
    }

    @Test(arguments: HostileInput.parsers)
    func unclosedDeepNestingCompletes(parser: Configuration.Parser) {
        let html = HostileInput.page(body: String(repeating: "<div><span><b>", count: 30_000) + HostileInput.prose)
        let article = HostileInput.extract(Array(html.utf8), parser: parser)
        #expect(article.blocks.contains { $0.block.text.contains("old market hall") })
    }

    @Test(arguments: HostileInput.parsers)
    func hundredThousandSiblingBlocksAreAllSegmented(parser: Configuration.Parser) {
        let html = HostileInput.page(body: (0..<100_000).map { "<div>item \($0)</div>" }.joined())
        var configuration = Configuration()
        configuration.parser = parser
        let segmented = Extractor(configuration: configuration).segment(Page(bytes: Array(html.utf8), kind: .html))
        #expect(segmented.blocks.count == 100_000)
        #expect(segmented.blocks.last?.text == "item 99999")
    }

    @Test func blocksBeyondTheLimitAreCutWithANote() {
        var limits = Configuration.Limits()
        limits.maximumBlocks = 1_000
        let html = HostileInput.page(body: (0..<5_000).map { "<p>item \($0)</p>" }.joined())
        let article = HostileInput.extract(Array(html.utf8), limits: limits)
        #expect(article.blocks.count == 1_000)
        #expect(article.notes.contains { $0.contains("limits.maximumBlocks") })
    }

    @Test func bytesBeyondTheLimitAreCutWithANote() {
        var limits = Configuration.Limits()
        limits.maximumPageBytes = 10_000
        let html = HostileInput.page(body: String(repeating: "<p>\(HostileInput.prose)</p>", count: 500))
        let article = HostileInput.extract(Array(html.utf8), limits: limits)
        #expect(article.text.utf8.count < 10_000)
        #expect(article.notes.contains { $0.contains("maximumPageBytes") })
    }
}
