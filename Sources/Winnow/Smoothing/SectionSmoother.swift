/// Smoothing stage 2: a section opened by a boilerplate heading — a known furniture phrase
/// ("Related", "Đọc thêm", "TIN LIÊN QUAN") or, in plain text, a short line the site repeats on
/// most pages — stays boilerplate until a *good* block (enough prose to stand alone) resumes the
/// article.
///
/// In HTML the markup bounds a section: a heading element opens one, or a teaser-box label
/// ("Read more", "À lire aussi") that heads its own element, and it ends where the opener's
/// parent element ends (teasers under "Related" often have headings of their own, of any
/// level). A heading the site repeats opens none there: "History" or "Ingredients" heads a
/// section of every article. Plain text has no such bounds, so any short furniture line opens a
/// section that runs until the article resumes.
///
/// A comment heading ("Comments", "3 Kommentare", "Bình luận", or a heading that quotes the
/// page title: "12 thoughts on “Title”", see ``RepetitionSignals/quotesTitle``) or "About the
/// author" opens a section that prose does not end: comments and biographies are prose too. The
/// heading is dropped even when the models kept it. Its section still ends with the heading's
/// parent element, or, when the heading sits alone in its own box, with the nearest ancestor
/// that also holds the next block (the thread after the box). A page that declares itself a
/// discussion (``PageMetadata/isDiscussion``) keeps its replies.
struct SectionSmoother: Sendable {
    var configuration: Configuration.Smoothing

    func smooth(_ verdicts: [BlockVerdict], contextFree: [BlockVerdict], blocks: [TextBlock],
                features: [BlockFeatures], repetition: [RepetitionSignals], isDiscussion: Bool = false) -> [BlockVerdict] {
        var result = verdicts
        var opener: Section?
        for index in verdicts.indices {
            let f = features[index]
            let headsOtherProse = !isDiscussion && headsOtherProse(at: index, blocks, repetition[index])
            if headsOtherProse && result[index].decision == .content {
                // Never the article, whatever the models read: it belongs to the section it opens.
                result[index].decision = .boilerplate
                result[index].reason = .boilerplateSection(openedBy: index)
            }
            if headsOtherProse || opensSection(at: index, verdicts[index], blocks, f, repetition[index]) {
                let scope = headsOtherProse ? threadScope(of: index, blocks) : blocks[index].ancestors.dropLast().last
                opener = Section(index: index, scope: scope, holdsOtherProse: headsOtherProse)
                continue
            }
            guard let section = opener else { continue }
            if let scope = section.scope, !blocks[index].ancestors.contains(scope) {
                opener = nil
                continue
            }
            let resumes = !section.holdsOtherProse && ContextClass.of(contextFree[index], characters: f.characters, configuration: configuration) == .good
            if resumes {
                opener = nil
            } else if result[index].decision == .content {
                result[index].decision = .boilerplate
                result[index].reason = .boilerplateSection(openedBy: section.index)
            }
        }
        return result
    }

    /// An open section: the block that opened it, the element bounding it (HTML), and whether
    /// it holds prose that is not the article (comments, a biography), which prose does not end.
    private struct Section {
        var index: Int
        var scope: Int?
        var holdsOtherProse: Bool
    }

    /// Whether the block at `index` is an HTML heading over comments or a biography: a known
    /// phrase ("Comments", "Leave a Reply", "Bình luận", "About the author") or a heading that
    /// quotes the page title ("12 thoughts on “Title”").
    private func headsOtherProse(at index: Int, _ blocks: [TextBlock], _ r: RepetitionSignals) -> Bool {
        let block = blocks[index]
        guard block.kind == .heading, !block.ancestors.isEmpty else { return false }
        return r.quotesTitle || FurnitureLexicon.headsProseSection(block.text)
    }

    /// The element a comment heading's section ends with: its parent, or, when the heading sits
    /// alone in its own box, the nearest ancestor that also holds the next block (the thread).
    private func threadScope(of index: Int, _ blocks: [TextBlock]) -> Int? {
        let ancestors = blocks[index].ancestors.dropLast()
        guard let parent = ancestors.last, index + 1 < blocks.count else { return ancestors.last }
        let next = blocks[index + 1].ancestors
        if next.contains(parent) { return parent }
        return ancestors.last(where: next.contains) ?? parent
    }

    private func opensSection(at index: Int, _ verdict: BlockVerdict, _ blocks: [TextBlock], _ f: BlockFeatures,
                              _ r: RepetitionSignals) -> Bool {
        let block = blocks[index]
        guard verdict.decision == .boilerplate, f.characters <= configuration.sectionHeadingCharacters else { return false }
        if block.ancestors.isEmpty { return r.isSiteTemplate || f.isFurniturePhrase }
        // In HTML a heading the site repeats is as often a section of every article ("History",
        // "Ingredients") as furniture: only a known furniture phrase opens a section there.
        if block.kind == .heading { return f.isFurniturePhrase }
        return headsTeaserBox(at: index, blocks)
    }

    /// Whether the block at `index`, not a heading element, is a teaser-box label ("La rédaction
    /// vous conseille" in a `div` over a list) heading its own box: it is the first block of its
    /// parent element, and the next block is in that element too. Inside the article's own
    /// element it is never the first block, so "Đọc thêm" between paragraphs opens nothing.
    private func headsTeaserBox(at index: Int, _ blocks: [TextBlock]) -> Bool {
        guard let box = blocks[index].ancestors.dropLast().last, FurnitureLexicon.labelsTeaserBox(blocks[index].text)
        else { return false }
        let first = index == 0 || !blocks[index - 1].ancestors.contains(box)
        return first && index + 1 < blocks.count && blocks[index + 1].ancestors.contains(box)
    }
}
