import Foundation
import Winnow

/// A dataset directory: `html/<id>.html` pages and `gold.json` with each page's article text.
struct GoldDataset {
    struct Record: Decodable {
        var articleBody: String
        var url: String?
        var host: String?
    }

    /// A page with its gold text.
    struct GoldPage {
        var page: Page
        var gold: String
    }

    var directory: String

    func pages() throws -> [GoldPage] {
        let root = URL(fileURLWithPath: directory)
        let records = try JSONDecoder().decode([String: Record].self, from: Data(contentsOf: root.appendingPathComponent("gold.json")))
        return try records.keys.sorted().map { id in
            let record = records[id]!
            let bytes = try Data(contentsOf: root.appendingPathComponent("html/\(id).html"))
            let url = record.url.flatMap { $0 == "None" ? nil : $0 } ?? record.host.flatMap { $0 == "None" ? nil : "https://\($0)/" }
            return GoldPage(page: Page(bytes: [UInt8](bytes), url: url, kind: .html, id: id), gold: record.articleBody)
        }
    }
}
