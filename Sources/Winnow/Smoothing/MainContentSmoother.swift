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
        var evidence: [Int: Double] = [:]
        for index in verdicts.indices {
            let weight = (verdicts[index].probability - threshold) * Double(max(features[index].words, 1))
            for ancestor in blocks[index].ancestors { evidence[ancestor, default: 0] += weight }
        }
        guard let best = evidence.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
              best.value > 0 else { return nil }
        return best.key
    }
}
