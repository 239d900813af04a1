/// Smoothing stage 2: a section opened by a boilerplate heading ("Related", "Đọc thêm") stays
/// boilerplate until the article resumes with a run of content-like blocks.
struct SectionSmoother: Sendable {
    var configuration: Configuration.Smoothing

    func smooth(_ verdicts: [BlockVerdict], blocks: [TextBlock], features: [BlockFeatures],
                repetition: [RepetitionSignals]) -> [BlockVerdict] {
        verdicts
    }
}
