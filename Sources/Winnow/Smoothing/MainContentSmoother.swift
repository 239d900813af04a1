/// Smoothing stage for HTML: finds the element that holds the article and revises each block's
/// verdict by where it stands to that element.
///
/// The container is the element with the most net content evidence (``ContainerEvidence``). With
/// a trained container model, every block the block model decided is judged again from its
/// log-odds, its neighbours' and its relation to the container (``ContainerRelation``): a
/// middling paragraph in a sibling section of the article stays, a confident one in a sidebar
/// far from the container goes. Without one, only blocks whose own evidence is overwhelming stay
/// outside the container. Blocks settled by the title or by repetition keep their verdict, and
/// plain-text pages, which have no elements, pass through.
struct MainContentSmoother: Sendable {
    var configuration: Configuration.Smoothing
    var threshold: Double
    /// The trained container model, or `nil` for the fixed rule.
    var model: BlockModel?

    func smooth(_ verdicts: [BlockVerdict], blocks: [TextBlock], features: [BlockFeatures]) -> [BlockVerdict] {
        let evidence = ContainerEvidence(verdicts, blocks: blocks, features: features, threshold: threshold)
        guard blocks.contains(where: { !$0.ancestors.isEmpty }) else { return verdicts }
        guard let model else { return keepingInside(evidence.container, verdicts, blocks: blocks) }
        let relations = ContainerRelation.of(blocks, evidence: evidence)
        var result = verdicts
        for index in verdicts.indices where verdicts[index].reason.isModelVerdict {
            let vector = ContainerVector.make(at: index, verdicts: verdicts, relations: relations, blocks: blocks, features: features)
            let p = model.probability(vector)
            result[index].probability = p
            if p >= threshold {
                result[index].decision = .content
                result[index].reason = .articleText(probability: p)
            } else {
                result[index].decision = .boilerplate
                result[index].reason = relations[index].hasContainer && !relations[index].isInside ? .outsideMainContent
                    : verdicts[index].reason.isLinkDensity ? verdicts[index].reason : .furnitureText(probability: p)
            }
        }
        return result
    }

    /// The fixed rule: outside the container, only blocks of overwhelming evidence stay content.
    private func keepingInside(_ container: Int?, _ verdicts: [BlockVerdict], blocks: [TextBlock]) -> [BlockVerdict] {
        guard let container else { return verdicts }
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
        ContainerEvidence(verdicts, blocks: blocks, features: features, threshold: threshold).container
    }
}
