/// Where one block stands relative to the article's container: inside it, in a sibling branch
/// of the same enclosing element (another section of a long article), or far off in a sidebar.
///
/// The element tree is read from the blocks' ancestor lists: the *junction* is the deepest
/// element that holds both the block and the container. Its evidence and that of the block's own
/// branch below it, as shares of the container's, say whether the block's branch reads as
/// article too.
struct ContainerRelation: Sendable, Hashable {
    /// Whether the page has a container at all.
    var hasContainer = false
    /// Whether the block lies inside the container.
    var isInside = false
    /// Element levels from the container up to the junction (0 inside the container).
    var levelsUp = 0
    /// Element levels from the junction down to the block.
    var levelsDown = 0
    /// The junction's evidence as a share of the container's.
    var junctionEvidenceShare = 0.0
    /// The evidence of the block's branch below the junction as a share of the container's.
    var branchEvidenceShare = 0.0
    /// Whether the block comes before the container's first block.
    var isBefore = false
    /// Whether the block comes after the container's last block.
    var isAfter = false
    /// Whether the block lies between the container's blocks but outside it.
    var isBetween = false
    /// Blocks between this block and the container's nearest end (0 between or inside).
    var blocksAway = 0

    /// Each block's relation to the container that `evidence` found.
    static func of(_ blocks: [TextBlock], evidence: ContainerEvidence) -> [ContainerRelation] {
        guard let container = evidence.container,
              let first = blocks.firstIndex(where: { $0.ancestors.contains(container) }),
              let last = blocks.lastIndex(where: { $0.ancestors.contains(container) }),
              let depth = blocks[first].ancestors.firstIndex(of: container) else {
            return [ContainerRelation](repeating: ContainerRelation(), count: blocks.count)
        }
        let chain = blocks[first].ancestors[...depth]
        let total = evidence.evidence(of: container)
        return blocks.indices.map { index in
            let ancestors = blocks[index].ancestors
            var common = 0
            while common < ancestors.count, common < chain.count, ancestors[common] == chain[chain.startIndex + common] { common += 1 }
            var relation = ContainerRelation(hasContainer: true)
            relation.isInside = common == chain.count
            relation.levelsUp = chain.count - common
            relation.levelsDown = ancestors.count - common
            if common > 0 { relation.junctionEvidenceShare = evidence.evidence(of: ancestors[common - 1]) / total }
            if common < ancestors.count { relation.branchEvidenceShare = evidence.evidence(of: ancestors[common]) / total }
            relation.isBefore = index < first
            relation.isAfter = index > last
            relation.isBetween = !relation.isInside && !relation.isBefore && !relation.isAfter
            relation.blocksAway = max(0, first - index, index - last)
            return relation
        }
    }
}
