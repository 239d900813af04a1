import Foundation
import Winnow

/// Reads JSON Lines input: one record per line, `{"id","url","html"}` or `{"id","url","text"}`.
/// Blank lines are skipped; a bad line is a failure naming `file:line`.
struct JSONLReader {
    /// The source's name in messages.
    var name: String
    /// The site key for records without a URL.
    var directory: String

    /// One line's record.
    private struct Record: Decodable {
        var id: String?
        var url: String?
        var html: String?
        var text: String?

        private enum CodingKeys: String, CodingKey { case id, url, html, text }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let number = try? container.decodeIfPresent(Int.self, forKey: .id) {
                id = String(number)
            } else {
                id = try container.decodeIfPresent(String.self, forKey: .id)
            }
            url = try container.decodeIfPresent(String.self, forKey: .url)
            html = try container.decodeIfPresent(String.self, forKey: .html)
            text = try container.decodeIfPresent(String.self, forKey: .text)
        }
    }

    /// Pages from the records, in line order.
    func read(_ bytes: [UInt8]) -> (pages: [InputPage], failures: [InputFailure]) {
        var pages: [InputPage] = []
        var failures: [InputFailure] = []
        let decoder = JSONDecoder()
        for (offset, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let source = "\(name):\(offset + 1)"
            let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let record = try? decoder.decode(Record.self, from: Data(trimmed)) else {
                failures.append(InputFailure(source: source,
                    message: #"invalid JSONL record (expected a JSON object with "html" or "text"); skipped"#))
                continue
            }
            let page: Page
            if let html = record.html {
                page = Page(html: html, url: record.url, id: record.id)
            } else if let text = record.text {
                page = Page(text: text, url: record.url, id: record.id)
            } else {
                failures.append(InputFailure(source: source, message: #"record has neither "html" nor "text"; skipped"#))
                continue
            }
            pages.append(InputPage(page: page, source: source, directory: directory))
        }
        return (pages, failures)
    }
}
