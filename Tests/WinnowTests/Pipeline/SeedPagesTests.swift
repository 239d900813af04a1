import Foundation
import Testing
import Winnow

/// The two baoquocte.vn seed pages against their line-level gold.
@Suite("Seed pages")
struct SeedPagesTests {
    struct Outcome: CustomStringConvertible {
        var missingContent: [String] = []
        var leakedBoilerplate: [String] = []
        var description: String {
            "missing C lines: \(missingContent.map { String($0.prefix(60)) })\nleaked B lines: \(leakedBoilerplate.map { String($0.prefix(60)) })"
        }
    }

    /// Compares an article's output lines (title + body) with the gold labels of its page.
    static func compare(_ article: Article, page name: String, gold: Samples.SeedGold) throws -> Outcome {
        let lines = try Samples.text("baoquocte/\(name)").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let output = Set(([article.title ?? ""] + article.body.map(\.text)).map(Self.normalised))
        var outcome = Outcome()
        for (line, label) in zip(lines, gold.lineLabels) {
            let text = Self.normalised(line)
            if label == "C" && !output.contains(text) { outcome.missingContent.append(line) }
            if label == "B" && output.contains(text) { outcome.leakedBoilerplate.append(line) }
        }
        return outcome
    }

    static func normalised(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    static func pages() throws -> [Page] {
        try Samples.seedNames.map { try Page(text: Samples.text("baoquocte/\($0)"), url: "https://baoquocte.vn/\($0)", id: $0) }
    }

    @Test("Given together, every article line is kept and no boilerplate line leaks")
    func togetherExact() throws {
        let gold = try Samples.seedGold()
        let articles = Extractor().extract(sitePages: try Self.pages())
        for (article, name) in zip(articles, Samples.seedNames) {
            let outcome = try Self.compare(article, page: name, gold: gold[name]!)
            #expect(outcome.missingContent.isEmpty && outcome.leakedBoilerplate.isEmpty, "\(name): \(outcome)")
        }
    }

    @Test("Given alone, every article line is kept and at most 3 boilerplate lines leak")
    func aloneNearlyExact() throws {
        let gold = try Samples.seedGold()
        for (page, name) in zip(try Self.pages(), Samples.seedNames) {
            let outcome = try Self.compare(Extractor().extract(page), page: name, gold: gold[name]!)
            #expect(outcome.missingContent.isEmpty, "\(name): \(outcome)")
            #expect(outcome.leakedBoilerplate.count <= 3, "\(name): \(outcome)")
        }
    }

    @Test("The title is the page's first line")
    func titleIsFirstLine() throws {
        let gold = try Samples.seedGold()
        for (page, name) in zip(try Self.pages(), Samples.seedNames) {
            #expect(Extractor().extract(page).title == gold[name]!.title)
        }
    }
}
