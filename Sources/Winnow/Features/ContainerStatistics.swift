/// Annotates each block with what its surroundings in the DOM say: how link-heavy and how
/// populous its parent element is, and how often its exact DOM path recurs on the page with
/// how much text (a teaser list repeats one path with short texts; an article body repeats `p`
/// with long ones).
enum ContainerStatistics {
    static func annotate(_ features: inout [BlockFeatures], blocks: [TextBlock]) {
        var parentCharacters: [Int: Int] = [:], parentLinks: [Int: Int] = [:], parentBlocks: [Int: Int] = [:]
        var pathCount: [String: Int] = [:], pathWords: [String: Int] = [:]
        for (index, block) in blocks.enumerated() {
            if let parent = block.ancestors.last {
                parentCharacters[parent, default: 0] += features[index].characters
                parentLinks[parent, default: 0] += block.linkCharacters
                parentBlocks[parent, default: 0] += 1
            }
            if !block.path.isEmpty {
                pathCount[block.path, default: 0] += 1
                pathWords[block.path, default: 0] += features[index].words
            }
        }
        for (index, block) in blocks.enumerated() {
            if let parent = block.ancestors.last, let characters = parentCharacters[parent], characters > 0 {
                features[index].parentLinkDensity = min(1, Double(parentLinks[parent] ?? 0) / Double(characters))
                features[index].parentBlocks = parentBlocks[parent] ?? 1
            }
            if let count = pathCount[block.path] {
                features[index].samePathBlocks = count
                features[index].samePathMeanWords = Double(pathWords[block.path] ?? 0) / Double(count)
            }
        }
    }
}
