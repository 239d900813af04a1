/// The copy of each repeated text that the block model rates highest: it is judged like any
/// other block, while the page's other copies of that text are dropped as duplicates.
///
/// A product page that prints its description twice (one copy per screen size) or a news page
/// that repeats its summary bullets keeps one copy; dropping every copy lost the article, and
/// keeping every copy let teaser titles through. The model knows the block is repeated (the
/// `duplicate` input), so a repeated teaser's best copy still reads as furniture.
///
/// ```swift
/// let standIns = DuplicateStandIns(repetition: signals, probabilities: [0.2, 0.9, 0.4])
/// standIns.contains(1) // true when blocks 0 and 1 are copies of one text
/// ```
struct DuplicateStandIns: Sendable {
    /// The chosen copies.
    private let chosen: Set<Int>

    init(repetition: [RepetitionSignals], probabilities: [Double]) {
        // The chosen copy of each group, by the group's first block.
        var chosen: [Int: Int] = [:]
        for index in repetition.indices {
            // The first copy points to the second and later copies to the first, so the
            // smaller index of the pair is the group's first block.
            guard let other = repetition[index].duplicateOf else { continue }
            let group = min(index, other)
            if let best = chosen[group], probabilities[best] >= probabilities[index] { continue }
            chosen[group] = index
        }
        self.chosen = Set(chosen.values)
    }

    /// Whether `index` is the copy that stands for its repeated text.
    func contains(_ index: Int) -> Bool {
        chosen.contains(index)
    }
}
