/// Features stage: measures every block's own text.
struct FeatureExtractor: Sendable {
    var configuration: Configuration.Features
    var stopwords: Stopwords
    var pathHints: PathHints

    func features(of blocks: [TextBlock], titleIndex: Int?) -> [BlockFeatures] {
        let count = blocks.count
        var result = blocks.enumerated().map { index, block in
            var features = measure(block, position: count > 1 ? Double(index) / Double(count - 1) : 0)
            if let titleIndex { features.afterTitle = index > titleIndex ? 1 : 0 }
            return features
        }
        ContainerProse.annotate(&result, blocks: blocks, configuration: configuration)
        ContainerStatistics.annotate(&result, blocks: blocks)
        return result
    }

    func measure(_ block: TextBlock, position: Double) -> BlockFeatures {
        var features = BlockFeatures()
        let text = block.text
        var characters = 0, punctuation = 0, digits = 0, sentences = 0, cjk = 0
        for scalar in text.unicodeScalars {
            characters += 1
            switch scalar {
            case ".", "!", "?", "。", "！", "？":
                punctuation += 1
                sentences += 1
            case ",", ";", ":", "、", "，":
                punctuation += 1
            default:
                if scalar.isASCII ? scalar.value &- 0x30 < 10 : scalar.properties.numericType != nil { digits += 1 }
                if Self.isCJK(scalar) { cjk += 1 }
            }
        }
        var words = 0, stop = 0, capitalized = 0
        for word in text.wordsBetweenSpaces() {
            words += 1
            if stopwords.contains(word) { stop += 1 }
            if word.first?.isUppercase == true { capitalized += 1 }
        }
        words += cjk / 2
        features.characters = characters
        features.words = words
        let lines = max(1, (characters + configuration.wrapWidth - 1) / configuration.wrapWidth)
        features.textDensity = Double(words) / Double(lines)
        features.linkDensity = block.linkDensity
        features.stopwordDensity = words > 0 ? Double(stop) / Double(words) : 0
        features.punctuationDensity = characters > 0 ? Double(punctuation) / Double(characters) : 0
        features.sentences = sentences
        features.endsWithEllipsis = text.hasSuffix("...") || text.hasSuffix("…")
        let last = text.unicodeScalars.reversed().first { !"\"'”’»)]".unicodeScalars.contains($0) }
        features.endsWithSentence = last.map { ".!?。！？:".unicodeScalars.contains($0) } ?? false
        features.capitalizedShare = words > 0 ? Double(capitalized) / Double(words) : 0
        features.digitShare = characters > 0 ? Double(digits) / Double(characters) : 0
        features.position = position
        features.isFurniturePhrase = FurnitureLexicon.contains(text, maximumCharacters: configuration.furniturePhraseCharacters)
        features.pathHint = block.path.isEmpty ? 0 : pathHints.score(path: block.path)
        return features
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: return true
        default: return false
        }
    }
}
