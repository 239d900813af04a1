import Foundation
import Winnow
import WinnowEvaluation

/// Pages of a dataset directory with their gold article text, as training reads them.
struct GoldDataset {
    /// A page with its gold text.
    struct GoldPage {
        var page: Page
        var gold: String
    }

    var directory: String

    func pages() throws -> [GoldPage] {
        let dataset = try Dataset(directory: URL(fileURLWithPath: directory))
        return dataset.pages.map { page in
            let url = page.gold.url.flatMap { Page.host(of: $0) == nil ? nil : $0 }
                ?? page.gold.host.flatMap { $0 == "None" ? nil : "https://\($0)/" }
            return GoldPage(page: Page(bytes: page.html, url: url, kind: .html, id: page.id), gold: page.gold.articleBody)
        }
    }
}
