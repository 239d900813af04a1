import ArgumentParser
import Foundation
import Winnow

/// `winnow-bench robustness`: runs the whole extraction over every page of every dataset, one
/// page at a time, and reports what a crawler would trip on.
///
/// ```
/// winnow-bench robustness .data/wcxb-dev .data/fundus --parser tagSoup
/// ```
struct RobustnessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "robustness",
        abstract: "Extract every page of each dataset and report failures, slow pages and peak memory.",
        discussion: """
            Reads DIR/html/*.html (or DIR/*.html) one page at a time as bytes of unknown kind, without gold or \
            site profiles. Reports unreadable pages, pages slower than --slow seconds, the slowest pages, pages \
            whose article is empty, pages whose text holds U+FFFD or control characters (garbling), the notes \
            (limit cuts, parser fallbacks), and peak resident memory (getrusage ru_maxrss). A crash ends the \
            process: Scripts/robustness.sh runs one process per dataset and parser to isolate crashes.
            """
    )

    @Argument(help: "Dataset directories.")
    var datasets: [String]

    @Option(help: "HTML parser: automatic, libxml2 or tagSoup.")
    var parser: ParserChoice = .automatic

    @Option(help: "Seconds above which a page is reported as slow.")
    var slow = 1.0

    @Option(help: "How many of the slowest pages to list.")
    var slowest = 5

    @Flag(help: "Exit with status 1 when a page is unreadable or slower than --slow.")
    var strict = false

    func run() throws {
        var configuration = Configuration()
        configuration.parser = parser.parser
        var run = RobustnessRun(extractor: Extractor(configuration: configuration), slowSeconds: slow)
        for directory in datasets {
            run.dataset(at: URL(fileURLWithPath: directory))
        }
        RobustnessReport(run: run, slowest: slowest, parser: parser.rawValue).print()
        if strict && (!run.unreadable.isEmpty || run.timings.contains { $0.seconds > slow }) {
            throw ExitCode(1)
        }
    }
}
