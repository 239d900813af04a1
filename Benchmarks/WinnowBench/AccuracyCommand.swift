import ArgumentParser
import Foundation
import Winnow
import WinnowEvaluation

/// `winnow-bench accuracy`: extracts every page of each dataset with Winnow and scores it.
struct AccuracyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accuracy",
        abstract: "Extract each dataset's pages with Winnow and score them against gold.json.",
        discussion: """
            A dataset directory holds html/<id>.html and gold.json ({id: {"articleBody", "url", "host", ...}}). \
            Pages are grouped into sites by the gold URL's host (else the host field); each site's profile is \
            learned from its pages before they are extracted. pages/s is wall-clock time of segmenting, learning \
            and extracting on one thread.
            """
    )

    @Argument(help: "Dataset directories.")
    var datasets: [String]

    @Option(name: .customLong("json"), help: "Write per-page results (JSON array) to this file.")
    var jsonFile: String?

    @Option(help: "HTML parser: automatic, libxml2 or tagSoup.")
    var parser: ParserChoice = .automatic

    @Flag(name: .customLong("no-site-profiles"), help: "Extract each page alone, without site profiles.")
    var noSiteProfiles = false

    @Option(help: "How many of the worst pages to list.")
    var worst = 10

    @Option(help: "Tool name shown in the table.")
    var name = "winnow"

    @Flag(name: .customLong("rows-only"), help: "Print only the table rows (no header, no worst pages).")
    var rowsOnly = false

    func run() throws {
        var configuration = Configuration()
        configuration.parser = parser.parser
        let runner = DatasetExtraction(extractor: Extractor(configuration: configuration),
                                       useSiteProfiles: !noSiteProfiles)
        var allPages: [PageResult] = []
        if !rowsOnly { print(ScoreReport.header) }
        for directory in datasets {
            let dataset = try Dataset(directory: URL(fileURLWithPath: directory))
            let extraction = runner.run(dataset)
            let score = DatasetScore(dataset: dataset, predictions: Predictions(texts: extraction.texts))
            print(ScoreReport.row(tool: name, score: score, pagesPerSecond: extraction.pagesPerSecond))
            if !rowsOnly { ScoreReport.printDetails(of: score, missingHTML: dataset.missingHTML, worst: worst) }
            allPages += score.pages
        }
        if let jsonFile { try PageResultsFile.write(allPages, to: jsonFile) }
    }
}
