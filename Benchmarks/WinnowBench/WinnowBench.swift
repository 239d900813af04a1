import ArgumentParser

/// `winnow-bench`: measures extraction accuracy on benchmark datasets with one implementation of
/// the article-extraction-benchmark metric, for Winnow (`accuracy`) and for any other tool's
/// predictions (`score`).
@main
struct WinnowBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "winnow-bench",
        abstract: "Accuracy benchmarks for Winnow and other extractors.",
        subcommands: [AccuracyCommand.self, ScoreCommand.self, RobustnessCommand.self]
    )
}
