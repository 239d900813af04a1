import Foundation
import Testing
import WinnowEvaluation

@Suite("Dataset, predictions and dataset scores")
struct DatasetLoadingTests {
    /// A temporary dataset: pages "a" and "b" with HTML, "c" with gold only.
    private func makeDataset() throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("winnow-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("html"),
                                                withIntermediateDirectories: true)
        let gold = """
            {"a": {"articleBody": "one two three four", "url": "https://www.example.com/a", "score": 1.5},
             "b": {"articleBody": null, "url": null, "host": "example.org", "with": ["x"]},
             "c": {"articleBody": "orphan"}}
            """
        try Data(gold.utf8).write(to: directory.appendingPathComponent("gold.json"))
        for id in ["a", "b"] {
            try Data("<p>\(id)</p>".utf8).write(to: directory.appendingPathComponent("html/\(id).html"))
        }
        return directory
    }

    @Test func loadsPagesWithHTMLAndReportsGoldWithout() throws {
        let directory = try makeDataset()
        defer { try? FileManager.default.removeItem(at: directory) }
        let dataset = try Dataset(directory: directory)
        #expect(dataset.pages.map(\.id) == ["a", "b"])
        #expect(dataset.missingHTML == ["c"])
        #expect(dataset.pages[0].gold == GoldRecord(articleBody: "one two three four", url: "https://www.example.com/a"))
        #expect(dataset.pages[1].gold == GoldRecord(articleBody: "", url: nil, host: "example.org"))
        #expect(dataset.pages[1].html == Array("<p>b</p>".utf8))
    }

    @Test func readsJSONLPredictionsSkippingBlankLines() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("p-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("{\"id\": \"a\", \"text\": \"hi\"}\n\n{\"id\": \"b\", \"text\": null}\n".utf8).write(to: file)
        #expect(try Predictions(file: file).texts == ["a": "hi", "b": ""])
    }

    @Test func rejectsALineWithoutAnID() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("p-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("{\"text\": \"hi\"}\n".utf8).write(to: file)
        #expect(throws: DatasetError.self) { try Predictions(file: file) }
    }

    @Test func scoresMissingPredictionsAsEmptyAndRanksWorstFirst() throws {
        let directory = try makeDataset()
        defer { try? FileManager.default.removeItem(at: directory) }
        let score = DatasetScore(dataset: try Dataset(directory: directory),
                                 predictions: Predictions(texts: ["b": "stray words"]))
        #expect(score.missing == ["a"])
        // a: empty prediction of a gold (P -, R 0); b: prediction of an empty gold (P 0, R -).
        #expect(score.summary.precision == 0)
        #expect(score.summary.recall == 0)
        #expect(score.exactMatchShare == 0)
        #expect(score.worst(1).map(\.id) == ["a"])
        #expect(score.pages.map(\.goldLength) == [18, 0])
    }
}

@Suite("Per-page JSON")
struct PageResultEncodingTests {
    @Test func missingPrecisionAndURLAreWrittenAsNull() throws {
        let result = PageResult(dataset: "d", id: "1", url: nil, match: ShingleMatch(gold: "a b", predicted: ""),
                                predictedLength: 0, goldLength: 3, exactMatch: false)
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(result)) as? [String: Any]
        #expect(object?["precision"] is NSNull)
        #expect(object?["url"] is NSNull)
        #expect(object?["recall"] as? Double == 0)
        #expect(object?["goldLength"] as? Int == 3)
    }
}
