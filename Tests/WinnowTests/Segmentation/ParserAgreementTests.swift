import Foundation
import Testing
@testable import Winnow

/// Real pages: the two parsers must cut them into (nearly) the same blocks. (On all 130
/// Readability pages they agreed exactly when this was written.)
@Suite("Parser agreement on real pages")
struct ParserAgreementTests {
    /// A committed fixture page (see `Fixtures/README.md`).
    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "html"))
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    /// A page of the shared Readability corpus, read relative to the repository root when unpacked.
    static func corpusPage(_ name: String) -> String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("../main/.data/readability/html/\(name).html")
        return (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Share of distinct blocks (text, path, kind, landmark, link characters) both parsers produce (Jaccard index).
    static func agreement(_ html: String) -> Double {
        func signature(_ block: TextBlock) -> String {
            "\(block.path)|\(block.text)|\(block.kind)|\(String(describing: block.landmark))|\(block.linkCharacters)"
        }
        let tagSoup = Set(segment(html, with: .tagSoup).blocks.map(signature))
        let libxml2 = Set(segment(html, with: .libxml2).blocks.map(signature))
        let union = tagSoup.union(libxml2)
        return union.isEmpty ? 1 : Double(tagSoup.intersection(libxml2).count) / Double(union.count)
    }

    @Test(arguments: ["readability-001", "readability-daringfireball-1"])
    func tagSoupFindsTheArticleOfAFixture(name: String) throws {
        let result = segment(try Self.fixture(name), with: .tagSoup)
        #expect(result.blocks.count > 10)
        #expect(result.metadata.documentTitle?.isEmpty == false)
        #expect(result.blocks.contains { $0.text.count > 200 && $0.linkDensity < 0.2 })
    }

    #if LibXML2
    @Test(arguments: ["readability-001", "readability-daringfireball-1"])
    func parsersAgreeOnFixtures(name: String) throws {
        let html = try Self.fixture(name)
        #expect(Self.agreement(html) >= 0.95)
        #expect(segment(html, with: .tagSoup).metadata == segment(html, with: .libxml2).metadata)
    }

    @Test(.enabled(if: corpusPage("mozilla-2") != nil, "the Readability corpus is not unpacked"))
    func parsersAgreeOnACorpusPage() {
        #expect(Self.agreement(Self.corpusPage("mozilla-2") ?? "") >= 0.95)
    }
    #endif
}
