import ArgumentParser
import Winnow

/// The parser and per-page limits, as `extract` options; defaults are ``Configuration/Limits``'.
///
/// ```sh
/// winnow extract --parser tagSoup --max-page-bytes 8000000 --max-blocks 20000 crawl.warc.gz
/// ```
struct LimitOptions: ParsableArguments {
    @Option(name: .long, help: "HTML parser: automatic, libxml2 or tagSoup.")
    var parser: ParserOption = .automatic

    @Option(name: .long, help: "Bytes of a page read; the rest is dropped with a note (default 64 MiB). JSONL lines and WARC records up to twice this (at least 64 MiB) are read; longer ones are skipped and reported.")
    var maxPageBytes: Int = Configuration.Limits().maximumPageBytes

    @Option(name: .long, help: "Blocks kept from one page; later blocks are dropped with a note (default 100,000).")
    var maxBlocks: Int = Configuration.Limits().maximumBlocks

    @Option(name: .long, help: "Element nesting considered; deeper elements join their ancestor, with a note (default 512).")
    var maxDepth: Int = Configuration.Limits().maximumDepth

    func validate() throws {
        guard maxPageBytes >= 1, maxBlocks >= 1, maxDepth >= 1 else {
            throw ValidationError("--max-page-bytes, --max-blocks and --max-depth must be at least 1.")
        }
    }

    /// The default configuration with these options applied.
    var configuration: Configuration {
        var configuration = Configuration()
        configuration.parser = parser.parser
        configuration.limits.maximumPageBytes = maxPageBytes
        configuration.limits.maximumBlocks = maxBlocks
        configuration.limits.maximumDepth = maxDepth
        return configuration
    }
}

/// The `--parser` option's values.
enum ParserOption: String, ExpressibleByArgument, CaseIterable, Sendable {
    case automatic, libxml2, tagSoup

    /// The library's parser setting.
    var parser: Configuration.Parser {
        switch self {
        case .automatic: .automatic
        case .libxml2: .libxml2
        case .tagSoup: .tagSoup
        }
    }
}
