import Foundation
import Testing
import Winnow

/// Streams a crawler meets broken: JSONL lines that are not JSON and WARC records whose
/// Content-Length lies. The CLI names the bad input on standard error, extracts every good page,
/// exits with 1, and never hangs.
@Suite struct HostileStreamTests {
    static let good = #"{"id":"a","url":"https://a.example/1","html":"<p>First good page with enough words in it.</p>"}"#

    @Test(arguments: ["not json at all", "{\"id\": \"b\", \"html\": ", "[1, 2, 3]", "\u{0}\u{1}\u{2}", "{\"id\": 5, \"html\": 7}"])
    func jsonlLineThatIsNotARecordIsReportedAndSkipped(line: String) async throws {
        let input = Self.good + "\n" + line + "\n" + Self.good.replacingOccurrences(of: "\"a\"", with: "\"c\"") + "\n"
        let run = try await WinnowBinary.run(["extract", "--input", "jsonl", "--format", "jsonl", "-"], input: input)
        #expect(run.status == 1)
        #expect(run.stderr.contains("<stdin>:2") || run.stderr.contains(":2:"), "\(run.stderr)")
        let ids = try run.records().compactMap { $0["id"] as? String }
        #expect(ids == ["a", "c"])
    }

    /// WARC bytes: one good response, then one whose Content-Length is `delta` bytes off, then another good one.
    static func warc(lyingBy delta: Int) -> [UInt8] {
        let first = WARCWriter.Record.response(uri: "https://a.example/1", httpContentType: "text/html",
                                               body: "<html><body><p>First page of the crawl.</p></body></html>")
        var liar = WARCWriter.bytes(of: .response(uri: "https://a.example/2", httpContentType: "text/html",
                                                  body: "<html><body><p>Lying page.</p></body></html>"), number: 2)
        let text = String(decoding: liar, as: UTF8.self)
        if let range = text.range(of: #"Content-Length: \d+\r\n\r\nHTTP"#, options: .regularExpression) {
            let header = String(text[range])
            let length = Int(header.dropFirst("Content-Length: ".count).prefix { $0.isNumber }) ?? 0
            liar = Array(text.replacingCharacters(in: range, with: "Content-Length: \(length + delta)\r\n\r\nHTTP").utf8)
        }
        let last = WARCWriter.Record.response(uri: "https://a.example/3", httpContentType: "text/html",
                                              body: "<html><body><p>Last page.</p></body></html>")
        return WARCWriter.bytes(of: first, number: 1) + liar + WARCWriter.bytes(of: last, number: 3)
    }

    @Test(arguments: [-20, 30, 1_000_000, Int(Int32.max)])
    func warcRecordWithALyingContentLengthIsReported(delta: Int) async throws {
        let directory = try WinnowBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("lying.warc").path
        try Data(Self.warc(lyingBy: delta)).write(to: URL(fileURLWithPath: path))
        let run = try await WinnowBinary.run(["extract", "--format", "jsonl", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("lying.warc"), "\(run.stderr)")
        let urls = try run.records().compactMap { $0["url"] as? String }
        #expect(urls.first == "https://a.example/1")
        if delta < 0 {
            // Too short: the liar's tail is skipped and reading resumes at the next record.
            #expect(urls.last == "https://a.example/3", "\(run.stderr)")
            #expect(run.stderr.contains("not a record"), "\(run.stderr)")
        }
    }

    @Test func cutsAreShownAsNotesInJSONAndOnStandardErrorInText() async throws {
        let html = "<html><body>" + (0..<50).map { "<p>Paragraph number \($0) of the page.</p>" }.joined() + "</body></html>"
        let jsonl = #"{"id":"a","url":"https://a.example/1","html":"\#(html)"}"# + "\n"
        let json = try await WinnowBinary.run(["extract", "--input", "jsonl", "--format", "jsonl", "--max-blocks", "5", "-"], input: jsonl)
        let notes = try #require(json.records().first?["notes"] as? [String])
        #expect(notes.contains { $0.contains("maximumBlocks") })
        let text = try await WinnowBinary.run(["extract", "--input", "jsonl", "--max-blocks", "5", "-"], input: jsonl)
        #expect(text.status == 0)
        #expect(text.stderr.contains("note: stopped at 5 blocks"), "\(text.stderr)")
    }
}
