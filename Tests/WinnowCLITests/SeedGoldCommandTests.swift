import Foundation
import Testing

/// The seed pages through the built `winnow` binary, checked against their line-level gold.
@Suite struct SeedGoldCommandTests {
    struct Gold: Decodable { var lineLabels: String }

    /// Lines of a seed page labelled `label` in `Samples/baoquocte/gold.json`.
    static func lines(of name: String, labelled label: Character) throws -> [String] {
        let root = WinnowBinary.root.appendingPathComponent("Samples/baoquocte")
        let gold = try JSONDecoder().decode([String: Gold].self, from: Data(contentsOf: root.appendingPathComponent("gold.json")))
        let page = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
        let labels = try #require(gold[name]?.lineLabels)
        return zip(page.split(separator: "\n", omittingEmptySubsequences: false), labels)
            .filter { $0.1 == label }.map { $0.0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    @Test func seedPagesTogetherKeepEveryArticleLineAndNoBoilerplateLine() async throws {
        let run = try await WinnowBinary.run(["extract", "--format", "jsonl", "Samples/baoquocte"])
        #expect(run.status == 0, "\(run.stderr)")
        let records = try run.records()
        try #require(records.count == 2)
        for record in records {
            let name = try #require(record["id"] as? String)
            let output = Set(([record["title"] as? String ?? ""] + (record["text"] as? String ?? "").split(separator: "\n").map(String.init))
                .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") })
            let missing = try Self.lines(of: name, labelled: "C").filter { !output.contains($0) }
            let leaked = try Self.lines(of: name, labelled: "B").filter { output.contains($0) }
            #expect(missing.isEmpty, "\(name) lost: \(missing)")
            #expect(leaked.isEmpty, "\(name) leaked: \(leaked)")
        }
    }
}
