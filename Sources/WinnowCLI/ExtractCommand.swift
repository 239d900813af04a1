import ArgumentParser
import Winnow

/// `winnow extract`: the article of each page, in input order.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the article from each page.",
        discussion: """
            Pages given together are grouped into sites (by URL host, else by directory) and each \
            site's profile is learned from its pages first. Bad inputs are reported on standard \
            error, the other pages are still extracted, and the exit code is 1.
            """
    )

    @Option(name: .long, help: "Output: text, markdown, html, json (one array) or jsonl (one record per line).")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Show every block with its decision and reason (text, json, jsonl).")
    var explain = false

    @Option(name: .long, help: "A profile saved by `winnow profile learn`, merged into the learned ones.")
    var profile: String?

    @OptionGroup var options: InputOptions

    func run() async throws {
        let extractor = Extractor()
        var loaded: ProfileFile?
        if let profile {
            do {
                loaded = try ProfileFile.load(profile)
            } catch {
                Diagnostics.report("\(profile): not a Winnow profile file (\(error.localizedDescription))")
                throw ExitCode(1)
            }
        }
        let inputs = await SegmentedInputs.load(options, extractor: extractor)
        var profiles = inputs.learnProfiles(with: extractor)
        loaded?.merge(into: &profiles, sites: Set(inputs.sites))

        var writer = OutputWriter(format: format, explain: explain,
                                  colors: ExplainPrinter.terminalWantsColors, pageCount: inputs.pages.count)
        let work = zip(inputs.pages, inputs.sites).map { ($0, profiles[$1]) }
        await ParallelMap.run(work, jobs: options.jobs, { extractor.extract($0.0, profile: $0.1) }) { index, article in
            writer.write(article, source: inputs.inputs[index].source)
        }
        writer.finish()
        if inputs.failed { throw ExitCode(1) }
    }
}
