/// Smoothing stage 2: a section opened by a boilerplate heading — a short block the site repeats
/// on most pages or a known furniture phrase ("Related", "Đọc thêm", "TIN LIÊN QUAN") — stays
/// boilerplate until a *good* block (enough prose to stand alone) resumes the article.
struct SectionSmoother: Sendable {
    var configuration: Configuration.Smoothing

    func smooth(_ verdicts: [BlockVerdict], contextFree: [BlockVerdict], blocks: [TextBlock],
                features: [BlockFeatures], repetition: [RepetitionSignals]) -> [BlockVerdict] {
        var result = verdicts
        var opener: Int?
        for index in verdicts.indices {
            let f = features[index]
            if opensSection(index, verdicts[index], f, repetition[index]) {
                opener = index
                continue
            }
            guard let heading = opener else { continue }
            let resumes = ContextClass.of(contextFree[index], characters: f.characters, configuration: configuration) == .good
            if resumes {
                opener = nil
            } else if result[index].decision == .content {
                result[index].decision = .boilerplate
                result[index].reason = .boilerplateSection(openedBy: heading)
            }
        }
        return result
    }

    private func opensSection(_ index: Int, _ verdict: BlockVerdict, _ f: BlockFeatures, _ r: RepetitionSignals) -> Bool {
        guard verdict.decision == .boilerplate, f.characters <= configuration.sectionHeadingCharacters else { return false }
        return r.isSiteTemplate || f.isFurniturePhrase
    }
}
