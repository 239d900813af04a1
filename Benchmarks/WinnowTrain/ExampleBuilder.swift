@_spi(Training) import Winnow

/// Turns pages with gold text into labelled feature vectors.
struct ExampleBuilder {
    var overlap: Double
    var extractor = Extractor()

    func add(_ pages: [GoldDataset.GoldPage], html: inout TrainingSet, text: inout TrainingSet) {
        let segmented = pages.map { extractor.segment($0.page) }
        let profiles = extractor.learnProfiles(from: segmented)
        var textPages: [SegmentedPage] = []
        for (page, gold) in zip(segmented, pages) {
            let alignment = GoldAlignment(gold: gold.gold)
            let vectors = extractor.featureVectors(of: page, profile: profiles[page.site ?? ""])
            for (block, vector) in zip(page.blocks, vectors) {
                html.append(vector, label: alignment.isContent(block.text, overlap: overlap), words: block.text.split(separator: " ").count)
            }
            let rendered = Page(text: page.blocks.map(\.text).joined(separator: "\n"), url: page.url, id: page.id)
            textPages.append(extractor.segment(rendered))
        }
        let textProfiles = extractor.learnProfiles(from: textPages)
        for (page, gold) in zip(textPages, pages) {
            let alignment = GoldAlignment(gold: gold.gold)
            let vectors = extractor.featureVectors(of: page, profile: textProfiles[page.site ?? ""])
            for (block, vector) in zip(page.blocks, vectors) {
                text.append(vector, label: alignment.isContent(block.text, overlap: overlap), words: block.text.split(separator: " ").count)
            }
        }
    }
}

/// Decides whether a block's text belongs to a gold article text.
struct GoldAlignment {
    private let normalizedGold: String
    private let trigrams: Set<String>

    init(gold: String) {
        let words = GoldAlignment.words(gold)
        normalizedGold = " " + words.joined(separator: " ") + " "
        var set = Set<String>()
        if words.count >= 3 { for i in 0...(words.count - 3) { set.insert(words[i..<i + 3].joined(separator: " ")) } }
        trigrams = set
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// Short blocks: found as whole words in the gold; longer ones: enough of their trigrams are.
    func isContent(_ text: String, overlap: Double) -> Bool {
        let words = GoldAlignment.words(text)
        guard !words.isEmpty else { return false }
        if words.count < 3 { return normalizedGold.contains(" " + words.joined(separator: " ") + " ") }
        var hits = 0
        for i in 0...(words.count - 3) where trigrams.contains(words[i..<i + 3].joined(separator: " ")) { hits += 1 }
        return Double(hits) / Double(words.count - 2) >= overlap
    }
}
