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
/// Text and Markdown put a `==> source <==` line before each page when there are several.
struct OutputWriter {
    var format: OutputFormat
    var explain: Bool
    /// Whether the text explanation uses ANSI colours (standard output is a terminal).
    var colors: Bool
    /// Pages to be written; more than one adds headers.
    var pageCount: Int
    private var records: [ArticleRecord] = []
    private var written = 0

    init(format: OutputFormat, explain: Bool, colors: Bool, pageCount: Int) {
        self.format = format
        self.explain = explain
        self.colors = colors
        self.pageCount = pageCount
    }

    /// Writes one article.
    mutating func write(_ article: Article, source: String) {
        defer { written += 1 }
        switch format {
        case .jsonl:
            print(Self.json(ArticleRecord(article, source: source, explain: explain), pretty: false))
        case .json:
            records.append(ArticleRecord(article, source: source, explain: explain))
        case .html:
            print(HTMLRenderer().render(article).replacingOccurrences(
                of: "<article", with: "<article data-source=\"\(HTMLRenderer.escaped(source))\"", options: .anchored))
        case .text, .markdown:
            if pageCount > 1 { print((written > 0 ? "\n" : "") + "==> \(source) <==") }
            if format == .markdown {
                print(MarkdownRenderer().render(article))
            } else if explain {
                print(ExplainPrinter(colors: colors).render(article))
            } else {
                print(PlainTextRenderer().render(article))
            }
        }
    }

    /// Ends the output (writes the JSON array).
    func finish() {
        if format == .json { print(Self.json(records, pretty: true)) }
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
