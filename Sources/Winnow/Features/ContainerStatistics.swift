/// Annotates each block with what its surroundings in the DOM say: how link-heavy and how
/// populous its parent element is, and how often its exact DOM path recurs on the page with
/// how much text (a teaser list repeats one path with short texts; an article body repeats `p`
/// with long ones).
enum ContainerStatistics {
    static func annotate(_ features: inout [BlockFeatures], blocks: [TextBlock], paths: PagePaths, slots: AncestorSlots? = nil) {
        let slots = slots ?? AncestorSlots(blocks)
        var parents = [Parent](repeating: Parent(), count: slots.count)
        var pathCount = [Int](repeating: 0, count: paths.groupCount)
        var pathWords = [Int](repeating: 0, count: paths.groupCount)
        // By index: enumerating the blocks would copy each (retaining its text, path and ancestors).
        for index in blocks.indices {
            if let parent = blocks[index].ancestors.last {
                parents[slots.slot(parent)].add(characters: features[index].characters, links: blocks[index].linkCharacters)
            }
            let group = paths.groups[index]
            if group >= 0 {
                pathCount[group] += 1
                pathWords[group] += features[index].words
            }
        }
        for index in blocks.indices {
            if let parent = blocks[index].ancestors.last, case let totals = parents[slots.slot(parent)], totals.characters > 0 {
                features[index].parentLinkDensity = min(1, Double(totals.links) / Double(totals.characters))
                features[index].parentBlocks = totals.blocks
            }
            let group = paths.groups[index]
            if group >= 0 {
                let count = pathCount[group]
                features[index].samePathBlocks = count
                features[index].samePathMeanWords = Double(pathWords[group]) / Double(count)
            }
        }
    }

    /// One parent element's totals over its child blocks.
    private struct Parent {
        var characters = 0, links = 0, blocks = 0

        mutating func add(characters: Int, links: Int) {
            self.characters += characters
            self.links += links
            blocks += 1
        }
    }
}
