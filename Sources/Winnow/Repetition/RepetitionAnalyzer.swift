import Foundation

/// Repetition stage: finds blocks that repeat inside the page (a teaser title printed twice, a
/// block opening with the page's slug) and across the site (text seen on most of its pages).
struct RepetitionAnalyzer: Sendable {
    var configuration: Configuration.Repetition

    func analyze(_ blocks: [TextBlock], keys: BlockKeys, title: TitleFinder.Title, url: String?,
                 profile: SiteProfile?) -> [RepetitionSignals] {
        var signals = Array(repeating: RepetitionSignals(), count: blocks.count)
        let prints = keys.texts
        markDuplicates(&signals, prints: prints, blocks: blocks)
        markSlugs(&signals, blocks: blocks, slugs: slugs(title: title.text, url: url), titleIndex: title.blockIndex)
        if let titleIndex = title.blockIndex { markTitleQuotes(&signals, blocks: blocks, titleIndex: titleIndex) }
        if let profile, profile.pageCount >= configuration.minimumTemplatePages {
            for index in blocks.indices {
                signals[index].profilePages = profile.pageCount
                signals[index].sitePages = profile.textPages[prints[index]] ?? 0
                if let path = keys.pathPrint(ofBlock: index) {
                    signals[index].pathPages = profile.pathPages[path] ?? 0
                }
                signals[index].isSiteTemplate = signals[index].sitePages >= configuration.minimumTemplatePages
                    && signals[index].siteShare >= configuration.templateShare
            }
        }
        return signals
    }

    private func markDuplicates(_ signals: inout [RepetitionSignals], prints: [UInt64], blocks: [TextBlock]) {
        var first: [UInt64: Int] = [:]
        var copies: [UInt64: Int] = [:]
        let minimum = configuration.minimumDuplicateCharacters
        for (index, print) in prints.enumerated() where Self.hasCharacters(blocks[index].text, atLeast: minimum) {
            copies[print, default: 0] += 1
            if let earlier = first[print] {
                signals[index].duplicateOf = earlier
                if signals[earlier].duplicateOf == nil { signals[earlier].duplicateOf = index }
            } else {
                first[print] = index
            }
        }
        for (index, print) in prints.enumerated() { signals[index].copiesInPage = copies[print] ?? 1 }
    }

    /// `text.count >= minimum`, without counting a long text's characters.
    static func hasCharacters(_ text: String, atLeast minimum: Int) -> Bool {
        guard minimum > 0 else { return true }
        return text.utf8.count >= minimum && !text.dropFirst(minimum - 1).isEmpty
    }

    /// The title's slug forms: the folded title, and the URL's last path segment with dashes as spaces.
    func slugs(title: String?, url: String?) -> [String] {
        var result: [String] = []
        if let title { result.append(TextFolding.slug(title)) }
        if let url, let last = url.split(separator: "/").last(where: { $0.contains("-") }) {
            let stem = last.split(separator: ".").first.map(String.init) ?? String(last)
            result.append(TextFolding.slug(stem.replacingOccurrences(of: "-", with: " ")))
        }
        return result.filter { $0.count >= configuration.minimumSlugCharacters }
    }

    /// A heading after the title block that prints the title's text between quotation marks,
    /// with at most ``Configuration/Repetition-swift.struct/titleQuoteOtherWords`` words besides:
    /// WordPress and most blog engines head their comments "12 comments on “Title”" or
    /// "3 Kommentare zu „Title“", and sharing boxes "Share “Title”".
    private func markTitleQuotes(_ signals: inout [RepetitionSignals], blocks: [TextBlock], titleIndex: Int) {
        let title = blocks[titleIndex].text
        guard title.count >= configuration.minimumSlugCharacters else { return }
        for index in blocks.indices where index > titleIndex && blocks[index].kind == .heading {
            let text = blocks[index].text
            guard text.utf8.count > title.utf8.count, let range = text.range(of: title) else { continue }
            let before = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let after = text[range.upperBound...].trimmingCharacters(in: .whitespaces)
            guard let opening = before.last, Self.quotationMarks.contains(opening),
                  let closing = after.first, Self.quotationMarks.contains(closing) else { continue }
            let others = (before.dropLast() + " " + after.dropFirst()).split(whereSeparator: \.isWhitespace)
                .filter { $0.contains(where: \.isLetter) || $0.contains(where: \.isNumber) }
            if others.count <= configuration.titleQuoteOtherWords { signals[index].quotesTitle = true }
        }
    }

    /// Opening and closing quotation marks of the languages the stopword lists cover.
    private static let quotationMarks: Set<Character> = ["\"", "'", "“", "”", "„", "‟", "‘", "’", "‚", "«", "»", "‹", "›", "「", "」", "『", "』"]

    /// A block whose raw text starts with a slug, written in the slug's own lower-case ASCII form,
    /// is a teaser link or image alt text; the title itself (with its capitals and marks) is not.
    private func markSlugs(_ signals: inout [RepetitionSignals], blocks: [TextBlock], slugs: [String], titleIndex: Int?) {
        guard !slugs.isEmpty else { return }
        // By index: enumerating the blocks would copy each (retaining its path and ancestors too).
        for index in blocks.indices where index != titleIndex {
            let text = blocks[index].text
            // The raw text is tested first: most blocks start with no slug, and need no lower-casing.
            let candidates = slugs.filter { text.hasPrefix($0) }
            guard !candidates.isEmpty else { continue }
            let lowered = text.lowercased()
            if candidates.contains(where: { lowered.hasPrefix($0) }) {
                signals[index].startsWithTitleSlug = true
            }
        }
    }
}
