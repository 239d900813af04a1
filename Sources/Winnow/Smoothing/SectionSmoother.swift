/// Smoothing stage 2: a section opened by a boilerplate heading — a known furniture phrase
/// ("Related", "Đọc thêm", "TIN LIÊN QUAN") or, in plain text, a short line the site repeats on
/// most pages — stays boilerplate until a *good* block (enough prose to stand alone) resumes the
/// article.
///
/// In HTML the markup bounds a section: only a heading element opens one, and it ends where the
/// heading's parent element ends (teasers under "Related" often have headings of their own,
/// of any level). A heading the site repeats opens none there: "History" or "Ingredients" heads a section of every article.
/// Plain text has no such bounds, so any short furniture line opens a section that runs until
/// the article resumes.
///
/// A comment heading ("Comments", "3 Kommentare", "Bình luận") or "About the author" opens a
/// section that prose does not end: comments and biographies are prose too. It still ends with the heading's parent element, and a page
/// that declares itself a discussion (``PageMetadata/isDiscussion``) keeps its replies.
struct SectionSmoother: Sendable {
    var configuration: Configuration.Smoothing

    func smooth(_ verdicts: [BlockVerdict], contextFree: [BlockVerdict], blocks: [TextBlock],
                features: [BlockFeatures], repetition: [RepetitionSignals], isDiscussion: Bool = false) -> [BlockVerdict] {
        var result = verdicts
        var opener: Section?
        for index in verdicts.indices {
            let f = features[index]
            if opensSection(verdicts[index], blocks[index], f, repetition[index]) {
                let scope = blocks[index].ancestors.dropLast().last
                let holdsOtherProse = scope != nil && !isDiscussion && FurnitureLexicon.headsProseSection(blocks[index].text)
                opener = Section(index: index, scope: scope, holdsOtherProse: holdsOtherProse)
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

    private func opensSection(_ verdict: BlockVerdict, _ block: TextBlock, _ f: BlockFeatures, _ r: RepetitionSignals) -> Bool {
        guard verdict.decision == .boilerplate, f.characters <= configuration.sectionHeadingCharacters else { return false }
        // In HTML a heading the site repeats is as often a section of every article ("History",
        // "Ingredients") as furniture: only a known furniture phrase opens a section there.
        if !block.ancestors.isEmpty { return block.kind == .heading && f.isFurniturePhrase }
        return r.isSiteTemplate || f.isFurniturePhrase
    }
}
