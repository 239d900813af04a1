import ArgumentParser
import Foundation
import Winnow

/// How extracted articles are written.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Title, blank line, body; with `--explain`, every block marked kept or dropped.
    case text
    /// Markdown (`--explain` is ignored).
    case markdown
    /// A minimal `<article>` per page (`--explain` is ignored).
    case html
    /// One JSON array of records.
    case json
    /// One JSON record per line.
    case jsonl
}

/// Writes articles to standard output in the chosen format, one page after another.
///
/// Text and Markdown put a `==> source <==` line before each page when there are several; when
/// the page total is unknown (a stream), the first page waits until a second one shows there are
/// several. JSONL, HTML, text and Markdown stream; `json` holds every record until the end.
/// A page's notes (limit cuts, fallbacks) are the records' `notes` field in JSON and JSONL, and
/// `winnow: SOURCE: note: …` lines on standard error in the other formats.
struct OutputWriter {
    var format: OutputFormat
    var explain: Bool
    /// Whether the text explanation uses ANSI colours (standard output is a terminal).
    var colors: Bool
    /// Pages to be written when known; more than one adds headers.
    var pageCount: Int?
    private let sink: OutputSink
    private var records: [ArticleRecord] = []
    private var written = 0
    /// The first text page, held while it is unknown whether there are several.
    private var held: (source: String, text: String)?

    init(format: OutputFormat, explain: Bool, colors: Bool, pageCount: Int?, sink: OutputSink) {
        self.format = format
        self.explain = explain
        self.colors = colors
        self.pageCount = pageCount
        self.sink = sink
    }

    /// Writes one article.
    mutating func write(_ article: Article, source: String) {
        defer { written += 1 }
        if format != .json && format != .jsonl {
            for note in article.notes { Diagnostics.report("\(source): note: \(note)") }
        }
        switch format {
        case .jsonl:
            let record = ArticleRecord(article, source: source, explain: explain)
            sink.line { record.appendJSON(to: &$0) }
        case .json:
            records.append(ArticleRecord(article, source: source, explain: explain))
        case .html:
            sink.line(HTMLRenderer().render(article).replacingOccurrences(
                of: "<article", with: "<article data-source=\"\(HTMLRenderer.escaped(source))\"", options: .anchored))
        case .text, .markdown:
            let text = format == .markdown ? MarkdownRenderer().render(article)
                : explain ? ExplainPrinter(colors: colors).render(article) : PlainTextRenderer().render(article)
            if let pageCount {
                if pageCount > 1 { sink.line((written > 0 ? "\n" : "") + "==> \(source) <==") }
                sink.line(text)
            } else if written == 0 {
                held = (source, text)
            } else {
                if let first = held {
                    sink.line("==> \(first.source) <==")
                    sink.line(first.text)
                    held = nil
                }
                sink.line("\n==> \(source) <==")
                sink.line(text)
            }
        }
    }

    /// Ends the output (writes the JSON array, or a lone held page) and flushes it.
    mutating func finish() {
        if format == .json { sink.line(Self.json(records, pretty: true)) }
        if let first = held { sink.line(first.text) }
        held = nil
        sink.flush()
    }

    /// Encodes a value as JSON with sorted keys; `{}` if it cannot be encoded.
    static func json<Value: Encodable>(_ value: Value, pretty: Bool) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
                                          : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
