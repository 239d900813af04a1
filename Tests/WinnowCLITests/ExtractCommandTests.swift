import Foundation
import Testing

/// End-to-end runs of `winnow extract` on the seed pages and on bad input.
@Suite struct ExtractCommandTests {
    static let seeds = ["Samples/baoquocte/baoquocte-syria-dunford.txt", "Samples/baoquocte/baoquocte-syria-lavrov.txt"]

    @Test func seedPagesTogetherGiveOneRecordEachInInputOrder() async throws {
        let run = try await WinnowBinary.run(["extract", "--format", "jsonl"] + Self.seeds.reversed())
        #expect(run.status == 0, "\(run.stderr)")
        let records = try run.records()
        try #require(records.count == 2)
        #expect(records.map { $0["source"] as? String } == Self.seeds.reversed())
        #expect(records.map { $0["id"] as? String } == ["baoquocte-syria-lavrov.txt", "baoquocte-syria-dunford.txt"])
        for record in records {
            #expect(Set(record.keys) == ["id", "source", "url", "title", "text", "language"])
            #expect(record["text"] is String)
        }
    }

    @Test func titleIsTheSeedPagesFirstLine() async throws {
        let run = try await WinnowBinary.run(["extract", "--format", "jsonl", "Samples/baoquocte"])
        for (record, path) in zip(try run.records(), Self.seeds) {
            let page = try String(contentsOf: WinnowBinary.root.appendingPathComponent(path), encoding: .utf8)
            let firstLine = page.split(separator: "\n").first.map(String.init)
            #expect(record["title"] as? String == firstLine)
        }
    }

    @Test func explainAddsEveryBlockWithItsReason() async throws {
        let run = try await WinnowBinary.run(["extract", "--format", "jsonl", "--explain", Self.seeds[0]])
        let record = try #require(try run.records().first)
        let blocks = try #require(record["blocks"] as? [[String: Any]])
        #expect(!blocks.isEmpty)
        #expect(blocks.allSatisfy { Set($0.keys) == ["text", "kind", "decision", "score", "reason"] })
    }

    @Test func explainWithoutTerminalMarksKeptAndDroppedBlocks() async throws {
        let run = try await WinnowBinary.run(["extract", "--explain", Self.seeds[0]])
        let lines = run.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.hasPrefix("+ ") || ($0.hasPrefix("- ") && $0.hasSuffix("]")) })
        #expect(!run.stdout.contains("\u{1B}["))
    }

    @Test func jsonlOnStandardInputIsReadRecordByRecord() async throws {
        let input = """
            {"id":"one","url":"https://example.com/a","text":"First title\\n\\nA paragraph of text."}
            {"id":"two","url":"https://example.com/b","html":"<html><body><h1>Second</h1><p>Body.</p></body></html>"}
            """
        let run = try await WinnowBinary.run(["extract", "--format", "jsonl", "-"], input: input)
        #expect(run.status == 0, "\(run.stderr)")
        let records = try run.records()
        #expect(records.map { $0["id"] as? String } == ["one", "two"])
        #expect(records.map { $0["url"] as? String } == ["https://example.com/a", "https://example.com/b"])
        #expect(records.map { $0["source"] as? String } == ["<stdin>:1", "<stdin>:2"])
    }

    @Test func badJSONLLineIsReportedByLineAndTheRestStillExtracted() async throws {
        let input = """
            {"id":"one","text":"Title one\\n\\nBody one."}
            {"id": broken
            {"id":"three","text":"Title three\\n\\nBody three."}
            """
        let run = try await WinnowBinary.run(["extract", "--format", "jsonl", "--input", "jsonl", "-"], input: input)
        #expect(run.status == 1)
        #expect(run.stderr.contains("<stdin>:2:"))
        #expect(try run.records().map { $0["id"] as? String } == ["one", "three"])
    }

    @Test func missingFileIsReportedAndTheOtherPagesStillExtracted() async throws {
        let run = try await WinnowBinary.run(["extract", "--format", "jsonl", "Samples/no-such-page.html", Self.seeds[0]])
        #expect(run.status == 1)
        #expect(run.stderr.contains("Samples/no-such-page.html"))
        #expect(try run.records().count == 1)
    }

    @Test func binaryFileIsReportedNotExtracted() async throws {
        let directory = try WinnowBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let junk = directory.appendingPathComponent("junk.html")
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0xFF, 0x01]).write(to: junk)
        let run = try await WinnowBinary.run(["extract", "--format", "jsonl", junk.path, Self.seeds[0]])
        #expect(run.status == 1)
        #expect(run.stderr.contains(junk.path))
        #expect(try run.records().count == 1)
    }

    @Test func markdownFormatRendersTheTitleAsAHeading() async throws {
        let run = try await WinnowBinary.run(["extract", "--format", "markdown", Self.seeds[1]])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("# "))
    }
}

/// Results that must not depend on how the pages were given.
@Suite struct ExtractOrderTests {
    private func recordsBySource(_ arguments: [String]) async throws -> [String: String] {
        let run = try await WinnowBinary.run(["extract", "--format", "jsonl", "--explain"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        var bySource: [String: String] = [:]
        for line in run.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            bySource[try #require(object["source"] as? String)] = String(line)
        }
        return bySource
    }

    @Test func eachPagesResultIsTheSameInEitherInputOrder() async throws {
        let forward = try await recordsBySource(ExtractCommandTests.seeds)
        let backward = try await recordsBySource(ExtractCommandTests.seeds.reversed())
        #expect(forward.count == 2)
        #expect(forward == backward)
    }

    @Test func oneJobAndManyJobsGiveTheSameOutput() async throws {
        let arguments = ["extract", "--format", "jsonl", "Samples/baoquocte", "Samples/baoquocte"]
        let one = try await WinnowBinary.run(arguments + ["--jobs", "1"])
        let many = try await WinnowBinary.run(arguments + ["--jobs", "4"])
        #expect(one.stdout.split(separator: "\n").count == 4)
        #expect(one.stdout == many.stdout)
    }

    @Test func htmlFormatWritesOneArticleElementPerPage() async throws {
        let run = try await WinnowBinary.run(["extract", "--format", "html", "Samples/baoquocte"])
        #expect(run.stdout.components(separatedBy: "<article ").count - 1 == 2)
        #expect(run.stdout.components(separatedBy: "</article>").count - 1 == 2)
    }
}
