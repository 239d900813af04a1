import Testing
@testable import Winnow

@Suite("Short uncertain blocks on dated pages")
struct DatedArticleSmootherTests {
    static func block(_ kind: TextBlock.Kind = .paragraph) -> TextBlock {
        TextBlock(text: "text", kind: kind, ancestors: [1, 2])
    }

    static func features(_ words: [Int]) -> [BlockFeatures] {
        words.map { count in
            var f = BlockFeatures()
            f.words = count
            return f
        }
    }

    static func kept(_ p: Double) -> BlockVerdict {
        BlockVerdict(decision: .content, probability: p, reason: .articleText(probability: p))
    }

    static let smoother = DatedArticleSmoother(configuration: Configuration.Smoothing())

    @Test("A short block kept below the confidence bar is dropped; a confident one stays")
    func dropsOnlyUncertainShortBlocks() {
        let verdicts = [Self.kept(0.9), Self.kept(0.6), Self.kept(0.8), Self.kept(0.55)]
        let result = Self.smoother.smooth(verdicts, blocks: Array(repeating: Self.block(), count: 4),
                                          features: Self.features([40, 3, 3, 12]))
        #expect(result.map(\.decision) == [.content, .boilerplate, .content, .content])
        #expect(result[1].reason == .uncertainShortBlock(probability: 0.6))
    }

    @Test("A short heading over kept prose heads a section and stays")
    func keepsSectionHeadings() {
        let blocks = [Self.block(), Self.block(.heading), Self.block(), Self.block(.heading)]
        let result = Self.smoother.smooth([Self.kept(0.9), Self.kept(0.6), Self.kept(0.9), Self.kept(0.6)],
                                          blocks: blocks, features: Self.features([40, 3, 40, 3]))
        #expect(result.map(\.decision) == [.content, .content, .content, .boilerplate])
    }

    @Test("A page whose kept blocks are all short keeps them")
    func neverEmptiesAPage() {
        let verdicts = [Self.kept(0.6), Self.kept(0.6)]
        let result = Self.smoother.smooth(verdicts, blocks: [Self.block(), Self.block()], features: Self.features([3, 4]))
        #expect(result == verdicts)
    }

    @Test("The stage runs only on pages that declare a publish date")
    func onlyDatedPagesAreSmoothed() throws {
        let paragraph = "<p>The committee met on Tuesday and agreed, after a long debate that lasted well into the night, that the budget for the coming year should be raised by a tenth, which the minister said was the least the schools could expect.</p>"
        let body = "<body><article><h1>Budget raised by a tenth</h1>" + String(repeating: paragraph, count: 3)
            + "<p>He agreed at once.</p>" + String(repeating: paragraph, count: 2) + "</article></body>"
        let dated = "<html><head><meta property=\"article:published_time\" content=\"2026-11-25T08:00:00Z\"></head>" + body + "</html>"
        let undated = "<html><head></head>" + body + "</html>"
        var configuration = Configuration()
        configuration.smoothing.uncertainShortBlockProbability = 1.01
        let extractor = Extractor(configuration: configuration)
        let datedReasons = extractor.extract(Page(html: dated)).blocks.map(\.reason)
        let undatedReasons = extractor.extract(Page(html: undated)).blocks.map(\.reason)
        let isShortRule: (Reason) -> Bool = { if case .uncertainShortBlock = $0 { true } else { false } }
        #expect(datedReasons.contains(where: isShortRule))
        #expect(!undatedReasons.contains(where: isShortRule))
    }
}
