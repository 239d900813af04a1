/// Finds, for each block, how much of the page's prose its container holds.
///
/// Prose is the text of long, link-poor blocks. For each block the feature is the largest prose
/// share among its enclosing elements that are not the whole page (the `<body>` level holds
/// everything, so it says nothing). Blocks inside the article's container score high even when
/// they are short (a subheading, a one-line paragraph); sidebars and footers score low.
enum ContainerProse {
    static func annotate(_ features: inout [BlockFeatures], blocks: [TextBlock], configuration: Configuration.Features,
                         slots: AncestorSlots? = nil) {
        let slots = slots ?? AncestorSlots(blocks)
        var proseIn = [Int](repeating: 0, count: slots.count)
        var total = 0
        // By index: enumerating the blocks would copy each (retaining its text, path and ancestors).
        for index in blocks.indices {
            let f = features[index]
            guard f.words >= configuration.proseWords, f.linkDensity < configuration.proseMaximumLinkDensity else { continue }
            total += f.characters
            for ancestor in blocks[index].ancestors { proseIn[slots.slot(ancestor)] += f.characters }
        }
        guard total > 0 else { return }
        for index in blocks.indices {
            let ancestors = blocks[index].ancestors
            var best = 0
            for ancestor in ancestors {
                let prose = proseIn[slots.slot(ancestor)]
                if prose < total { best = max(best, prose) }
            }
            if best == 0, let last = ancestors.last { best = proseIn[slots.slot(last)] }
            features[index].containerProseShare = Double(best) / Double(total)
        }
    }
}
