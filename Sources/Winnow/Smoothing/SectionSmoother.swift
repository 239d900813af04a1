/// Smoothing stage 2: a section opened by a boilerplate heading — a short block the site repeats
/// on most pages or a known furniture phrase ("Related", "Đọc thêm", "TIN LIÊN QUAN") — stays
/// boilerplate until a *good* block (enough prose to stand alone) resumes the article.
///
/// In HTML the markup bounds a section: only a heading element opens one, and it ends where the
/// heading's parent element ends. Plain text has no such bounds, so any short furniture line
/// opens a section that runs until the article resumes.
struct SectionSmoother: Sendable {
    var configuration: Configuration.Smoothing

    func smooth(_ verdicts: [BlockVerdict], contextFree: [BlockVerdict], blocks: [TextBlock],
                features: [BlockFeatures], repetition: [RepetitionSignals]) -> [BlockVerdict] {
        var result = verdicts
        var opener: (index: Int, scope: Int?)?
        for index in verdicts.indices {
            let f = features[index]
            if opensSection(verdicts[index], blocks[index], f, repetition[index]) {
                opener = (index, blocks[index].ancestors.last)
                continue
            }
            guard let section = opener else { continue }
            if let scope = section.scope, !blocks[index].ancestors.contains(scope) {
                opener = nil
                continue
            }
            let resumes = ContextClass.of(contextFree[index], characters: f.characters, configuration: configuration) == .good
            if resumes {
                opener = nil
            } else if result[index].decision == .content {
                result[index].decision = .boilerplate
                result[index].reason = .boilerplateSection(openedBy: section.index)
            }
        }
        return result
    }

    private func opensSection(_ verdict: BlockVerdict, _ block: TextBlock, _ f: BlockFeatures, _ r: RepetitionSignals) -> Bool {
        guard verdict.decision == .boilerplate, f.characters <= configuration.sectionHeadingCharacters else { return false }
        if !block.ancestors.isEmpty && block.kind != .heading { return false }
        return r.isSiteTemplate || f.isFurniturePhrase
    }
}
