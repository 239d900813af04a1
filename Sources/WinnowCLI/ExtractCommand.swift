import ArgumentParser
import Winnow

/// `winnow extract`: the article of each page, streamed in bounded memory.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the article from each page.",
        discussion: """
            Inputs are read as a stream: HTML and text files one page each, JSONL and WARC files \
            (also gzipped) record by record. Pages are grouped into sites (by URL host, else by \
            directory); each site's profile is learned from up to --site-buffer of its pages before \
            they are extracted, and keeps learning from later batches. At most --max-buffered-pages \
            pages and waiting records are held at once, whatever the input size. Bad inputs are \
            reported on standard error, the other pages are still extracted, and the exit code is 1. \
            A progress line is drawn when standard error is a terminal; the summary line (pages, \
            failed, seconds) is written then, or always with --summary.
            """
    )

    @Option(name: .long, help: "Output: text, markdown, html, json (one array, held until the end) or jsonl (one record per line).")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Show every block with its decision and reason (text, json, jsonl).")
    var explain = false

    @Option(name: .long, help: "A profile saved by `winnow profile learn`, merged into the learned ones.")
    var profile: String?

    @Option(name: .long, help: "Load and save each site's profile as DIR/<host>.json, so later runs start from it.")
    var profileDir: String?

    @Option(name: .long, help: "Pages of one site buffered before its profile is updated and they are extracted.")
    var siteBuffer = 64

    @Option(name: .long, help: "Pages (and, in input order, records waiting for an earlier page) held at once.")
    var maxBufferedPages = 2_000

    @Option(name: .long, help: "Site profiles kept in memory (least recently used are saved to --profile-dir and dropped).")
    var maxProfiles = 1_000

    @Option(name: .long, help: "Output order: input (as read) or site (per-site batches, as each is done).")
    var order: OutputOrder = .input

    @Flag(name: .long, help: "Write the summary line even when standard error is not a terminal.")
    var summary = false

    @OptionGroup var options: InputOptions

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        guard siteBuffer >= 1, maxBufferedPages >= 1, maxProfiles >= 1 else {
            throw ValidationError("--site-buffer, --max-buffered-pages and --max-profiles must be at least 1.")
        }
    }

    func run() async throws {
        let extractor = Extractor(configuration: limits.configuration)
        var seed: ProfileFile?
        if let profile {
            do {
                seed = try ProfileFile.load(profile)
            } catch {
                Diagnostics.report("\(profile): not a Winnow profile file (\(error.localizedDescription))")
                throw ExitCode(1)
            }
        }
        let sink: OutputSink
        do {
            sink = try output.map(OutputSink.init(path:)) ?? OutputSink()
        } catch {
            Diagnostics.report("\(error)")
            throw ExitCode(1)
        }
        let expanded = InputPaths().expand(options.paths)
        let singlePages = expanded.sources.allSatisfy { StreamKind.isSinglePage($0, format: options.input) }
        let total = singlePages ? expanded.sources.count : nil
        var progress = ProgressReporter(summaryRequested: summary, total: total)
        expanded.failures.forEach {
            Diagnostics.report($0)
            progress.failure()
        }
        var writer = OutputWriter(format: format, explain: explain, colors: ExplainPrinter.terminalWantsColors,
                                  pageCount: total, sink: sink)
        let store = ProfileStore(directory: profileDir, seed: seed,
                                 capacity: extractor.configuration.limits.maximumProfileEntries, maximumHosts: maxProfiles)
        var extraction = StreamingExtraction(extractor: extractor, jobs: options.jobs, order: order,
                                             siteBuffer: siteBuffer, maximumBuffered: maxBufferedPages, profiles: store)
        var stream = PageStream(sources: expanded.sources, format: options.input,
                                maximumRecordBytes: PageStream.recordBytes(forPagesOf: limits.maxPageBytes))
        await extraction.run(&stream, writer: &writer, progress: &progress)
        writer.finish()
        progress.finish()
        if progress.failed > 0 { throw ExitCode(1) }
    }
}
