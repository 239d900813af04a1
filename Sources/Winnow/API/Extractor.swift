/// Finds the article on web pages: the entry point of Winnow.
///
/// The pipeline runs one small stage after another: decode the input, cut it into blocks,
/// measure each block, look for repetition inside the page and across the site, classify,
/// smooth with the neighbours, and assemble the ``Article``.
///
/// ```swift
/// let extractor = Extractor()
/// let article = extractor.extract(Page(html: html, url: "https://example.com/news/1"))
/// print(article.title ?? "", article.text, separator: "\n")
///
/// // Pages of one site together: the site's template is learned from them first.
/// let articles = extractor.extract(sitePages: pages)
/// ```
public struct Extractor: Sendable {
    /// The thresholds every stage uses.
    public var configuration: Configuration

    /// Creates an extractor.
    ///
    /// ```swift
    /// let extractor = Extractor(configuration: .default)
    /// ```
    public init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    /// Decodes and segments a page: the first two stages, whose result a ``SiteProfile`` can
    /// learn from and ``extract(_:profile:)-(SegmentedPage,_)`` can finish.
    ///
    /// ```swift
    /// let segmented = extractor.segment(Page(html: html))
    /// print(segmented.blocks.count)
    /// ```
    public func segment(_ page: Page) -> SegmentedPage {
        let decoded = PageDecoder(limits: configuration.limits).decode(page)
        var segmented = SegmentedPage(id: page.id, url: page.url, kind: decoded.kind, charset: decoded.charset,
                                      blocks: [], notes: decoded.notes)
        var paths: PagePaths?
        switch decoded.kind {
        case .html:
            let result = HTMLSegmenter(configuration: configuration).segment(decoded.content)
            segmented.blocks = result.blocks
            segmented.metadata = result.metadata
            segmented.notes += result.notes
            paths = result.paths
            if segmented.url == nil { segmented.url = result.metadata.canonicalURL }
        case .text, .automatic:
            let result = PlainTextSegmenter(limits: configuration.limits).segment(decoded.text)
            segmented.blocks = result.blocks
            segmented.notes += result.notes
        }
        segmented.storedKeys = BlockKeys(segmented.blocks, paths: paths)
        return segmented
    }

    /// Extracts the article from one page, using a site profile when one is given.
    ///
    /// ```swift
    /// let article = extractor.extract(Page(text: renderedText), profile: profile)
    /// ```
    public func extract(_ page: Page, profile: SiteProfile? = nil) -> Article {
        extract(segment(page), profile: profile)
    }

    /// Extracts the article from a segmented page.
    ///
    /// ```swift
    /// let article = extractor.extract(extractor.segment(page), profile: profile)
    /// ```
    public func extract(_ page: SegmentedPage, profile: SiteProfile? = nil) -> Article {
        let blocks = page.blocks
        let analysis = analyze(page, profile: profile)
        let contextFree = blockClassifier(model: page.kind == .html ? BlockModels.shipped.html : BlockModels.shipped.text,
                                          site: profile?.site ?? "").classify(analysis, blocks: blocks)
        var verdicts = MainContentSmoother(configuration: configuration.smoothing,
                                           threshold: configuration.classification.contentThreshold,
                                           model: BlockModels.shipped.container)
            .smooth(contextFree, blocks: blocks, features: analysis.features)
        if page.kind == .text || configuration.smoothing.neighbourContextOnHTML {
            verdicts = ContextSmoother(configuration: configuration.smoothing).smooth(verdicts, features: analysis.features)
        }
        verdicts = SectionSmoother(configuration: configuration.smoothing).smooth(
            verdicts, contextFree: contextFree, blocks: blocks, features: analysis.features, repetition: analysis.repetition,
            isDiscussion: page.metadata.isDiscussion)
        if page.metadata.published != nil {
            verdicts = DatedArticleSmoother(configuration: configuration.smoothing)
                .smooth(verdicts, blocks: blocks, features: analysis.features)
        }
        if page.metadata.articleBody != nil {
            verdicts = DeclaredBodySmoother(configuration: configuration.smoothing)
                .smooth(verdicts, blocks: blocks, metadata: page.metadata)
        }
        let explained = zip(blocks, verdicts).map {
            ExplainedBlock(block: $0, decision: $1.decision, score: $1.probability, reason: $1.reason)
        }
        var notes = page.notes
        if !explained.contains(where: { $0.decision == .content && $0.reason != .title }) {
            notes.append(Self.emptyBodyNote(blocks: blocks.count, words: analysis.features.reduce(0) { $0 + $1.words }))
        }
        return Article(id: page.id, url: page.url, title: analysis.title.text, language: analysis.language,
                       metadata: page.metadata, blocks: explained, notes: notes)
    }

    /// Why an article has no body, with what the page held: a page built by scripts shows
    /// next to nothing before they run.
    static func emptyBodyNote(blocks: Int, words: Int) -> String {
        "no block read as article text (the page has \(blocks) blocks, \(words) words; "
            + "a page that a script fills in shows almost none)"
    }

    /// Extracts several pages of one or more sites: pages are grouped by host, each group's
    /// ``SiteProfile`` is learned from all its pages, then each page is extracted with it.
    /// The result is in input order and does not depend on it.
    ///
    /// ```swift
    /// let articles = extractor.extract(sitePages: [page1, page2, page3])
    /// ```
    public func extract(sitePages pages: [Page]) -> [Article] {
        let segmented = pages.map(segment)
        let profiles = learnProfiles(from: segmented)
        return segmented.map { extract($0, profile: profiles[$0.site ?? ""]) }
    }

    /// Learns one profile per site (by host; pages without a host form the site `""`).
    ///
    /// ```swift
    /// let profiles = extractor.learnProfiles(from: pages.map(extractor.segment))
    /// let profile = profiles["example.com"]
    /// ```
    public func learnProfiles(from pages: [SegmentedPage]) -> [String: SiteProfile] {
        var profiles: [String: SiteProfile] = [:]
        for page in pages {
            let site = page.site ?? ""
            profiles[site, default: SiteProfile(site: site, capacity: configuration.limits.maximumProfileEntries)]
                .learn(from: page, repetition: configuration.repetition)
        }
        return profiles
    }
}
