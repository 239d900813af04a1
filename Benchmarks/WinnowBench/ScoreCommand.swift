import ArgumentParser
import Foundation
import WinnowEvaluation

/// `winnow-bench score`: scores another tool's predictions with the same metric as `accuracy`.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score a tool's predictions (JSONL of {\"id\", \"text\"}) against a dataset's gold.json.",
        discussion: "Pages without a prediction count as empty predictions."
    )

    @Argument(help: "Dataset directory (html/ and gold.json).")
    var dataset: String

    @Option(help: "JSONL file, one {\"id\": ..., \"text\": ...} per line.")
    var predictions: String

    @Option(help: "Tool name shown in the table (default: the predictions file's name).")
    var name: String?

    @Option(name: .customLong("pages-per-second"), help: "The tool's measured speed, shown in the table.")
    var pagesPerSecond: Double?

    @Option(name: .customLong("json"), help: "Write per-page results (JSON array) to this file.")
    var jsonFile: String?

    @Option(help: "How many of the worst pages to list.")
    var worst = 10

    @Flag(name: .customLong("rows-only"), help: "Print only the table row (no header, no worst pages).")
    var rowsOnly = false

    func run() throws {
        let file = URL(fileURLWithPath: predictions)
        let loaded = try Dataset(directory: URL(fileURLWithPath: dataset))
        let score = DatasetScore(dataset: loaded, predictions: try Predictions(file: file))
        let tool = name ?? file.deletingPathExtension().lastPathComponent
        if !rowsOnly { print(ScoreReport.header) }
        print(ScoreReport.row(tool: tool, score: score, pagesPerSecond: pagesPerSecond))
        if !rowsOnly {
            if !score.missing.isEmpty { print("no prediction for \(score.missing.count) pages (scored as empty)") }
            ScoreReport.printDetails(of: score, missingHTML: loaded.missingHTML, worst: worst)
        }
        if let jsonFile { try PageResultsFile.write(score.pages, to: jsonFile) }
    }
}
