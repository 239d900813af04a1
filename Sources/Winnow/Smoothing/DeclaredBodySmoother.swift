/// Smoothing stage 4: on a page that declares the article's text (JSON-LD or microdata
/// `articleBody`, see ``PageMetadata/articleBody``), a kept block that shares not one run of four
/// words with that text is dropped: teasers, captions, sign-up prompts and paywall notices that
/// the models took for prose, but that the publisher's own statement of the article leaves out.
///
/// The declared text is trusted only when it is long, printed on the page (most of its word runs
/// occur in the page's blocks: not a paywalled full text the page hides, nor another story's)
/// and accounts for much of what the models kept (not an intro over a list the page is made
/// of). A heading between the first and last block the declared text covers is spared, since
/// declared bodies often leave out subheadings; so is a lead that repeats the page's
/// description. Blocks under four words carry no word run and are left as they are. Discussion
/// pages are skipped: their `articleBody` is the opening post only.
///
/// Thresholds: ``Configuration/Smoothing-swift.struct/declaredBodyMinimumWords``,
/// ``Configuration/Smoothing-swift.struct/declaredBodyOnPageShare``,
/// ``Configuration/Smoothing-swift.struct/declaredBodyKeptShare`` and
/// ``Configuration/Smoothing-swift.struct/declaredBodyBlockShare``.
struct DeclaredBodySmoother: Sendable {
    var configuration: Configuration.Smoothing

    func smooth(_ verdicts: [BlockVerdict], blocks: [TextBlock], metadata: PageMetadata) -> [BlockVerdict] {
        guard !metadata.isDiscussion, let text = metadata.articleBody else { return verdicts }
        let body = WordShingles(text)
        guard body.words >= configuration.declaredBodyMinimumWords, !body.values.isEmpty else { return verdicts }
        // Each block's runs in the declared text; the declared runs the page prints.
        let coverage = body.coverage(in: blocks)
        let shingles = coverage.blocks, declared = coverage.declared
        func isKept(_ index: Int) -> Bool { verdicts[index].keepsArticleText }
        var kept = 0, keptInBody = 0
        for index in shingles.indices where isKept(index) {
            kept += shingles[index].values.count
            keptInBody += declared[index]
        }
        guard coverage.printedShare >= configuration.declaredBodyOnPageShare, kept > 0,
              Double(keptInBody) / Double(kept) >= configuration.declaredBodyKeptShare else { return verdicts }

        func isCovered(_ index: Int) -> Bool {
            let runs = shingles[index].values.count
            return runs > 0 && Double(declared[index]) >= configuration.declaredBodyBlockShare * Double(runs)
        }
        guard let first = shingles.indices.first(where: isCovered),
              let last = shingles.indices.last(where: isCovered) else { return verdicts }
        let description = Set(metadata.description.map { WordShingles($0).values } ?? [])
        var result = verdicts
        for index in verdicts.indices where isKept(index) && !shingles[index].values.isEmpty && declared[index] == 0 {
            if blocks[index].kind == .heading && (first...last).contains(index) { continue }
            if (shingles[index].share(in: description) ?? 0) >= configuration.declaredBodyBlockShare { continue }
            result[index].decision = .boilerplate
            result[index].reason = .outsideDeclaredBody
        }
        return result
    }
}
