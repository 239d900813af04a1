/// Smoothing stage for HTML: finds the element that holds the article and drops what lies outside it.
///
/// Every enclosing element scores the words of its blocks, weighted by how far each block's
/// content probability is from the threshold (positive for likely content, negative for likely
/// furniture). The best-scoring element is the article's container, as in Readability's
/// top-candidate search but over classified blocks. Outside it, only blocks whose own evidence
/// is overwhelming stay. Plain-text pages, which have no elements, pass through.
struct MainContentSmoother: Sendable {
    var configuration: Configuration.Smoothing
    var threshold: Double

    func smooth(_ verdicts: [BlockVerdict], blocks: [TextBlock], features: [BlockFeatures]) -> [BlockVerdict] {
        guard let container = bestContainer(verdicts, blocks: blocks, features: features) else { return verdicts }
        var result = verdicts
        for index in verdicts.indices where result[index].decision == .content && result[index].reason != .title {
            guard !blocks[index].ancestors.contains(container) else { continue }
            if verdicts[index].probability < configuration.outsideContainerProbability {
                result[index].decision = .boilerplate
                result[index].reason = .outsideMainContent
            }
        }
        return result
    }

    /// The element with the highest net content evidence, or `nil` when there is no evidence.
    func bestContainer(_ verdicts: [BlockVerdict], blocks: [TextBlock], features: [BlockFeatures]) -> Int? {
        let slots = AncestorSlots(blocks)
        var evidence = [Double](repeating: 0, count: slots.count)
        var seen = [Bool](repeating: false, count: slots.count)
        for index in verdicts.indices {
            let weight = (verdicts[index].probability - threshold) * Double(max(features[index].words, 1))
            for ancestor in blocks[index].ancestors {
                let slot = slots.slot(ancestor)
                evidence[slot] += weight
                seen[slot] = true
            }
        }
        // The most evidence; among equals, the smallest element number.
        var best: (number: Int, value: Double)?
        for slot in evidence.indices where seen[slot] {
            let number = slots.number(slot), value = evidence[slot]
            if let current = best, value < current.value || (value == current.value && number > current.number) { continue }
            best = (number, value)
        }
        guard let best, best.value > 0 else { return nil }
        return best.number
    }
}
