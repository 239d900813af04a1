/// Features stage: measures every block's own text.
struct FeatureExtractor: Sendable {
    var configuration: Configuration.Features
    var stopwords: Stopwords
    var pathHints: PathHints

    func features(of blocks: [TextBlock], paths: PagePaths, titleIndex: Int?) -> [BlockFeatures] {
        let count = blocks.count
        // Each distinct path is scored once.
        var hints = [Double?](repeating: nil, count: paths.paths.count)
        var scorer = PathScorer(hints: pathHints)
        // By index: enumerating the blocks would copy each (retaining its strings and ancestors).
        var result = blocks.indices.map { index in
            var hint = 0.0
            let slot = paths.slots[index]
            if slot >= 0 {
                if let known = hints[slot] {
                    hint = known
                } else {
                    hint = scorer.score(slot: slot, in: paths)
                    hints[slot] = hint
                }
            }
            // The text and link count alone: passing the block would copy it (retaining its path and ancestors).
            var features = measure(text: blocks[index].text, linkCharacters: blocks[index].linkCharacters,
                                   position: count > 1 ? Double(index) / Double(count - 1) : 0, pathHint: hint)
            if let titleIndex { features.afterTitle = index > titleIndex ? 1 : 0 }
            return features
        }
        // The blocks' ancestor numbering, made once for both.
        let slots = AncestorSlots(blocks)
        ContainerProse.annotate(&result, blocks: blocks, configuration: configuration, slots: slots)
        ContainerStatistics.annotate(&result, blocks: blocks, paths: paths, slots: slots)
        return result
    }

    func measure(_ block: TextBlock, position: Double, pathHint: Double) -> BlockFeatures {
        measure(text: block.text, linkCharacters: block.linkCharacters, position: position, pathHint: pathHint)
    }

    /// ``measure(_:position:pathHint:)`` of a block with this text and link character count.
    func measure(text: String, linkCharacters: Int, position: Double, pathHint: Double) -> BlockFeatures {
        var features = BlockFeatures()
        let counts = TextCounts(text, stopwords: stopwords)
        let characters = counts.characters, punctuation = counts.punctuation, digits = counts.digits
        let sentences = counts.sentences, stop = counts.stopwords, capitalized = counts.capitalized
        let words = counts.words + counts.cjk / 2
        features.characters = characters
        features.words = words
        let lines = max(1, (characters + configuration.wrapWidth - 1) / configuration.wrapWidth)
        features.textDensity = Double(words) / Double(lines)
        if let count = counts.asciiCharacters {
            // TextBlock.linkDensity without its second pass over the bytes.
            features.linkDensity = count == 0 ? 0 : min(1, Double(linkCharacters) / Double(count))
        } else {
            features.linkDensity = TextBlock.linkDensity(text: text, linkCharacters: linkCharacters)
        }
        features.stopwordDensity = words > 0 ? Double(stop) / Double(words) : 0
        features.punctuationDensity = characters > 0 ? Double(punctuation) / Double(characters) : 0
        features.sentences = sentences
        // Only a text whose last scalar is "." or "…" can end with either.
        let lastByte = text.utf8.last
        features.endsWithEllipsis = (lastByte == UInt8(ascii: ".") || lastByte == 0xA6)
            && (text.hasSuffix("...") || text.hasSuffix("…"))
        let last = text.unicodeScalars.reversed().first { !"\"'”’»)]".unicodeScalars.contains($0) }
        features.endsWithSentence = last.map { ".!?。！？:".unicodeScalars.contains($0) } ?? false
        features.capitalizedShare = words > 0 ? Double(capitalized) / Double(words) : 0
        features.digitShare = characters > 0 ? Double(digits) / Double(characters) : 0
        features.position = position
        features.isFurniturePhrase = FurnitureLexicon.contains(text, maximumCharacters: configuration.furniturePhraseCharacters)
        features.isLabelledTeaser = FurnitureLexicon.labelsTeaser(text, maximumWords: configuration.teaserLabelMaximumWords)
        features.pathHint = pathHint
        return features
    }

    @inline(__always)
    static func isCJK(_ value: UInt32) -> Bool {
        switch value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: return true
        default: return false
        }
    }
}
