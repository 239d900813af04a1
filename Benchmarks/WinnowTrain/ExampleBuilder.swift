@_spi(Training) import Winnow

/// A segmented page with each block's gold label.
struct LabelledPage {
    var page: SegmentedPage
    var labels: [Bool]
    var site: String
    /// Which half of the data it belongs to, by site, for cross-fitting the path hints.
    var fold: Int
}

/// Segments pages with gold text and labels their blocks, as HTML and as rendered plain text.
struct ExampleBuilder {
    var overlap: Double
    var wordExponent = 0.5
    var extractor = Extractor()

    func label(_ pages: [GoldDataset.GoldPage]) -> (html: [LabelledPage], text: [LabelledPage]) {
        var html: [LabelledPage] = [], text: [LabelledPage] = []
        for gold in pages {
            let page = extractor.segment(gold.page)
            let alignment = GoldAlignment(gold: gold.gold)
            let site = page.site ?? "dataset-page-\(gold.page.id ?? "")"
            let fold = Int(Fingerprint(site).value % 2)
            let labels = page.blocks.map { alignment.isContent($0.text, overlap: overlap) }
            html.append(LabelledPage(page: page, labels: labels, site: site, fold: fold))
            let rendered = extractor.segment(Page(text: page.blocks.map(\.text).joined(separator: "\n"), url: page.url, id: page.id))
            text.append(LabelledPage(page: rendered, labels: rendered.blocks.map { alignment.isContent($0.text, overlap: overlap) },
                                     site: site, fold: fold))
        }
        return (html, text)
    }

    /// Feature vectors for every block; path hints for each page come from the other fold.
    func examples(_ pages: [LabelledPage], hints: [PathHints]) -> TrainingSet {
        let profiles = extractor.learnProfiles(from: pages.map(\.page))
        var set = TrainingSet(wordExponent: wordExponent)
        for labelled in pages {
            let vectors = extractor.featureVectors(of: labelled.page, profile: profiles[labelled.page.site ?? ""],
                                                   pathHints: hints[1 - labelled.fold])
            for (index, vector) in vectors.enumerated() {
                set.append(vector, label: labelled.labels[index], words: labelled.page.blocks[index].text.split(separator: " ").count)
            }
        }
        return set
    }
}

extension ExampleBuilder {
    /// Container-model rows for every block the block model decides, with `model` (fitted on
    /// these pages) as the block model; path hints for each page come from the other fold.
    func containerExamples(_ pages: [LabelledPage], hints: [PathHints], model: BlockModel) -> TrainingSet {
        let profiles = extractor.learnProfiles(from: pages.map(\.page))
        var set = TrainingSet(wordExponent: wordExponent)
        for labelled in pages {
            let rows = extractor.containerVectors(of: labelled.page, profile: profiles[labelled.page.site ?? ""],
                                                  pathHints: hints[1 - labelled.fold], model: model)
            for (index, vector) in rows {
                set.append(vector, label: labelled.labels[index], words: labelled.page.blocks[index].text.split(separator: " ").count)
            }
        }
        return set
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
