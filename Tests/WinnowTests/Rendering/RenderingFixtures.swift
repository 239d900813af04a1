import Winnow

/// Articles built by hand for renderer tests: no extraction involved.
enum RenderingFixtures {
    /// A kept block.
    static func kept(_ text: String, _ kind: TextBlock.Kind, level: Int? = nil, ancestors: [Int] = []) -> ExplainedBlock {
        ExplainedBlock(block: TextBlock(text: text, kind: kind, headingLevel: level, ancestors: ancestors),
                       decision: .content, score: 0.9, reason: .articleText(probability: 0.9))
    }

    /// A dropped block.
    static func dropped(_ text: String) -> ExplainedBlock {
        ExplainedBlock(block: TextBlock(text: text, kind: .listItem, linkCharacters: text.count),
                       decision: .boilerplate, score: 0.1, reason: .linkDensity(1))
    }

    /// The title block.
    static func title(_ text: String) -> ExplainedBlock {
        ExplainedBlock(block: TextBlock(text: text, kind: .heading, headingLevel: 1),
                       decision: .content, score: 1, reason: .title)
    }

    /// An article with a title and the given blocks after it.
    static func article(title: String? = "Title", _ blocks: [ExplainedBlock]) -> Article {
        Article(id: "p1", url: "https://example.com/a", title: title, language: "en",
                metadata: PageMetadata(), blocks: (title.map { [Self.title($0)] } ?? []) + blocks)
    }
}
