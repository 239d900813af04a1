import Foundation

/// Finds the article's title and the block that prints it.
///
/// For HTML: the headline (JSON-LD, `og:title`), else the first `<h1>`, else `<title>` without its
/// site suffix; the title block is the first heading or block whose folded text equals it. For
/// plain text: the first line.
struct TitleFinder: Sendable {
    /// The title and where it is printed.
    struct Title: Sendable {
        var text: String?
        var blockIndex: Int?
    }

    func find(in page: SegmentedPage) -> Title {
        let blocks = page.blocks
        if page.kind == .text {
            guard let first = blocks.first else { return Title() }
            return Title(text: first.text, blockIndex: 0)
        }
        let metadata = page.metadata
        let candidates = [metadata.headline, metadata.firstHeading, metadata.documentTitle].compactMap { $0 }
            .map(WhitespaceWords.folded).filter { !$0.isEmpty }
        for candidate in candidates {
            let folded = TextFolding.fold(candidate)
            let ascii = folded.utf8.allSatisfy { $0 < 0x80 } ? Array(folded.utf8) : nil
            // By index: passing whole blocks would copy each (retaining all its fields).
            let matches = { (index: Int) in
                ascii.map { TextFolding.foldsTo(blocks[index].text, ascii: $0) } ?? (TextFolding.fold(blocks[index].text) == folded)
            }
            if let index = blocks.indices.first(where: matches) {
                return Title(text: blocks[index].text, blockIndex: index)
            }
        }
        if let heading = blocks.firstIndex(where: { $0.kind == .heading && $0.headingLevel == 1 }) {
            return Title(text: blocks[heading].text, blockIndex: heading)
        }
        return Title(text: candidates.first.map(Self.withoutSiteSuffix), blockIndex: nil)
    }

    /// "Article name | Site" → "Article name".
    static func withoutSiteSuffix(_ title: String) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            if let range = title.range(of: separator, options: .backwards) {
                let head = String(title[..<range.lowerBound])
                if head.count >= title.count / 2 { return head }
            }
        }
        return title
    }
}
