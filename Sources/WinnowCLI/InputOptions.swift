import ArgumentParser
import Foundation

/// How inputs are read: the options `extract` and `profile learn` share.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "How to read inputs: auto (by file extension, else sniffed), html, text, jsonl or warc (gzip is detected).")
    var input: InputFormat = .auto

    @Option(name: .long, help: "Pages processed in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Argument(help: "Files, directories (searched for .html .htm .xhtml .txt .jsonl .warc, also .gz) or - for standard input.")
    var paths: [String]

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
        guard !paths.isEmpty else { throw ValidationError("Give at least one file, directory or -.") }
    }
}

/// What an input holds.
enum InputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Decide per file: `.txt` text, `.html/.htm/.xhtml` HTML, `.jsonl/.ndjson` JSONL, `.warc`
    /// WARC (each also with `.gz`), else sniffed.
    case auto
    /// HTML markup.
    case html
    /// Rendered plain text, one block per line.
    case text
    /// One JSON record per line: `{"id","url","html"}` or `{"id","url","text"}`.
    case jsonl
    /// WARC: HTML `response` records, with `WARC-Target-URI` as the URL; other records skipped.
    case warc
}
