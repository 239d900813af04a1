/// Whether a block belongs to the article.
///
/// ```swift
/// if explained.decision == .content { print(explained.block.text) }
/// ```
public enum Decision: String, Sendable, Hashable, Codable {
    /// Part of the article.
    case content
    /// Site furniture, navigation, teasers, ads and the like.
    case boilerplate
}

/// Why a block was kept or dropped: the signal that settled its fate.
///
/// Reasons are typed values; ``description`` turns one into words for people. Each case names
/// the stage that gives it, under `Sources/Winnow/`.
///
/// ```swift
/// Reason.siteTemplate(pages: 2, of: 2, site: "baoquocte.vn").description
/// // "seen on 2 of 2 pages of baoquocte.vn"
/// ```
public enum Reason: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The page's title block. (`Classification/BlockClassifier.swift`)
    case title
    /// The block's own text looks like article prose (model probability).
    /// (`Classification/BlockClassifier.swift`, revised by `Smoothing/MainContentSmoother.swift`)
    case articleText(probability: Double)
    /// The block's own text looks like furniture (model probability of content).
    /// (`Classification/BlockClassifier.swift`, revised by `Smoothing/MainContentSmoother.swift`)
    case furnitureText(probability: Double)
    /// The same text is seen on this many of the site's pages.
    /// (`Repetition/RepetitionAnalyzer.swift`, settled in `Classification/BlockClassifier.swift`)
    case siteTemplate(pages: Int, of: Int, site: String)
    /// The block repeats an earlier block of the same page.
    /// (`Repetition/RepetitionAnalyzer.swift`, settled in `Classification/BlockClassifier.swift`)
    case duplicate(of: Int)
    /// The block starts with the page title's slug: a teaser link or image alt text.
    /// (`Repetition/RepetitionAnalyzer.swift`, settled in `Classification/BlockClassifier.swift`)
    case titleSlug
    /// A heading that quotes the page title ("12 comments on “Title”"): it heads comments on
    /// the article or a box for sharing it.
    /// (`Repetition/RepetitionAnalyzer.swift`, settled in `Classification/BlockClassifier.swift`)
    case quotesTitle
    /// A teaser label and a headline ("Read more: Another story"): a link to another story.
    /// (`Features/FurnitureLexicon.swift`, settled in `Classification/BlockClassifier.swift`)
    case labelledTeaser
    /// Most of the block is link text. (`Classification/BlockClassifier.swift`)
    case linkDensity(Double)
    /// The block sits in a section opened by a boilerplate heading (or is a comment heading,
    /// which opens its own). (`Smoothing/SectionSmoother.swift`)
    case boilerplateSection(openedBy: Int)
    /// Neighbouring blocks decided it: the block was too uncertain alone.
    /// (`Smoothing/ContextSmoother.swift`)
    case context(Decision)
    /// Outside the page's main stretch of article text. (`Smoothing/MainContentSmoother.swift`)
    case outsideMainContent
    /// A short block the models kept without confidence, on a page that declares a publish date.
    /// (`Smoothing/DatedArticleSmoother.swift`)
    case uncertainShortBlock(probability: Double)
    /// None of the block's text is in the article text the page declares (JSON-LD or microdata
    /// `articleBody`, see ``PageMetadata/articleBody``). (`Smoothing/DeclaredBodySmoother.swift`)
    case outsideDeclaredBody

    /// The reason in words, as the CLI prints it.
    ///
    /// ```swift
    /// Reason.linkDensity(0.92).description // "link density 0.92"
    /// ```
    public var description: String {
        switch self {
        case .title: return "page title"
        case .articleText(let p): return "reads as article text (p=\(Self.format(p)))"
        case .furnitureText(let p): return "reads as furniture (p=\(Self.format(p)))"
        case .siteTemplate(let pages, let of, let site): return "seen on \(pages) of \(of) pages of \(site)"
        case .duplicate(let index): return "duplicate of block \(index)"
        case .titleSlug: return "starts with the page title's slug"
        case .quotesTitle: return "a heading quoting the page title (comments or sharing)"
        case .labelledTeaser: return "a link to another story under a teaser label"
        case .linkDensity(let d): return "link density \(Self.format(d))"
        case .boilerplateSection(let index): return "in the section opened by block \(index)"
        case .context(let decision): return "uncertain; neighbours are \(decision.rawValue)"
        case .outsideMainContent: return "outside the main article text"
        case .uncertainShortBlock(let p): return "short and uncertain on a dated page (p=\(Self.format(p)))"
        case .outsideDeclaredBody: return "not in the article text the page declares (articleBody)"
        }
    }

    static func format(_ value: Double) -> String {
        let scaled = (value * 100).rounded() / 100
        return String(format: "%.2f", scaled)
    }
}
