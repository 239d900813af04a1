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
        guard blocks.contains(where: { !$0.ancestors.isEmpty }) else { return verdicts }
        let evidence = ContainerEvidence(verdicts, blocks: blocks, features: features, threshold: threshold)
        guard let model else { return keepingInside(evidence.container, verdicts, blocks: blocks) }
        let (relations, rows) = Self.containerInputs(verdicts, blocks: blocks, features: features, evidence: evidence)
        var result = verdicts
        for (index, vector) in rows {
            let p = model.probability(vector)
            result[index].probability = p
            if p >= threshold {
                result[index].decision = .content
                result[index].reason = .articleText(probability: p)
            } else {
                result[index].decision = .boilerplate
                result[index].reason = droppedReason(verdicts[index], relations[index], probability: p)
            }
        }
        return result
    }

    /// The container model's input for every block the block model decided, with each block's
    /// relation to the container `evidence` found (training builds its rows here too).
    static func containerInputs(_ verdicts: [BlockVerdict], blocks: [TextBlock], features: [BlockFeatures],
                                evidence: ContainerEvidence) -> (relations: [ContainerRelation], rows: [(block: Int, vector: [Double])]) {
        let relations = ContainerRelation.of(blocks, evidence: evidence)
        let rows = verdicts.indices.filter { verdicts[$0].reason.isModelVerdict }.map { index in
            (index, ContainerVector.make(at: index, verdicts: verdicts, relations: relations, blocks: blocks, features: features))
        }
        return (relations, rows)
    }

    /// Why a block the container model drops goes: outside the container, else what the block
    /// model blamed (its links), else its text.
    private func droppedReason(_ verdict: BlockVerdict, _ relation: ContainerRelation, probability p: Double) -> Reason {
        if relation.hasContainer && !relation.isInside { return .outsideMainContent }
        return verdict.reason.isLinkDensity ? verdict.reason : .furnitureText(probability: p)
    }

    /// The fixed rule: outside the container, only blocks of overwhelming evidence stay content.
    private func keepingInside(_ container: Int?, _ verdicts: [BlockVerdict], blocks: [TextBlock]) -> [BlockVerdict] {
        guard let container else { return verdicts }
        var result = verdicts
        for index in verdicts.indices where result[index].keepsArticleText {
            guard !blocks[index].ancestors.contains(container) else { continue }
            if verdicts[index].probability < configuration.outsideContainerProbability {
                result[index].decision = .boilerplate
                result[index].reason = .outsideMainContent
            }
        }
        return result
    }

}
