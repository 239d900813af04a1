/// Every threshold Winnow uses, named and documented, in one value.
///
/// Defaults were calibrated on the WCXB dev, Readability and fundus pages and the two seed pages
/// (never on the scrapinghub benchmark, which is the reported figure).
///
/// ```swift
/// var configuration = Configuration()
/// configuration.repetition.templateShare = 0.6
/// configuration.parser = .tagSoup
/// let extractor = Extractor(configuration: configuration)
/// ```
public struct Configuration: Sendable, Hashable {
    /// Which HTML parser segments pages.
    public enum Parser: String, Sendable, Hashable, CaseIterable {
        /// libxml2 when the `LibXML2` trait is on, else the tag-soup tokenizer.
        case automatic
        /// The system libxml2 (falls back to `.tagSoup` when the trait is off).
        case libxml2
        /// The pure-Swift tag-soup tokenizer.
        case tagSoup
    }

    /// Which HTML parser segments pages. Default `.automatic`.
    public var parser: Parser = .automatic
    /// Bounds on the work one page may cause.
    public var limits = Limits()
    /// How markup is cut into blocks.
    public var segmentation = Segmentation()
    /// How text is measured.
    public var features = Features()
    /// How repetition inside a page and across a site is judged.
    public var repetition = Repetition()
    /// How per-block scores become decisions.
    public var classification = Classification()
    /// How neighbours and sections revise decisions.
    public var smoothing = Smoothing()

    /// The default configuration.
    ///
    /// ```swift
    /// let extractor = Extractor(configuration: .default)
    /// ```
    public static let `default` = Configuration()

    /// Creates the default configuration; change fields to tune it.
    ///
    /// ```swift
    /// var configuration = Configuration()
    /// configuration.limits.maximumBlocks = 10_000
    /// ```
    public init() {}

    /// Bounds on the work one page may cause. A cut is reported in ``Article/notes``.
    public struct Limits: Sendable, Hashable {
        /// Creates the defaults.
        public init() {}

        /// Bytes of a page read; the rest is dropped. Default 64 MiB.
        public var maximumPageBytes = 64 << 20
        /// Blocks kept from one page; later blocks are dropped. Default 100,000.
        public var maximumBlocks = 100_000
        /// Element nesting considered; deeper elements join their ancestor at this depth. Default 512.
        public var maximumDepth = 512
        /// Characters of one block; longer text is cut. Default 200,000.
        public var maximumBlockCharacters = 200_000
        /// Elements of a block's ``TextBlock/path`` and ``TextBlock/ancestors``, innermost kept;
        /// outer ones are dropped. Bounds the work per block on deeply nested pages. Default 32.
        public var maximumPathElements = 32
        /// Classes per element in a block's ``TextBlock/path``, in markup order. Default 3.
        public var maximumPathClasses = 3
        /// Estimated libxml2 work (open-element nesting × end tags) above which a page is parsed
        /// with the tag-soup parser instead: libxml2 matches each end tag by scanning its open
        /// elements, so 100,000 nested `<div>` followed by 100,000 stray end tags took 37 s. Real
        /// pages stay far below (nesting in the tens). Default 50,000,000 (about 0.2 s of scanning).
        public var maximumLibXML2Work = 50_000_000
        /// Leading bytes searched for a declared charset (`<meta charset>`, XML `encoding`), as
        /// the HTML standard's prescan does. Default 4,096.
        public var charsetPrescanBytes = 4_096
        /// Leading bytes of a page of unknown kind examined to tell HTML from plain text. Default 1,024.
        public var kindSniffBytes = 1_024
        /// Tags of common HTML elements (`<p>`, `<div>`, `</a>`…) within ``kindSniffBytes`` that make a
        /// page of unknown kind HTML when it does not open like HTML. Default 3 (a plain-text page
        /// quoting one tag stays text).
        public var minimumSniffedTags = 3
        /// Pages a ``SiteProfile`` remembers per site text or path before pruning rare entries. Default 50,000 entries.
        public var maximumProfileEntries = 50_000
    }

    /// How markup is cut into blocks.
    public struct Segmentation: Sendable, Hashable {
        /// Creates the defaults.
        public init() {}

        /// Share of a page's text (non-space bytes) left visible below which hidden text is
        /// revealed: the page is segmented again with the `hidden` attribute, inline
        /// `display:none` / `visibility:hidden` and `<noscript>` ignored. It applies when the text
        /// under `hidden` attributes together (streaming server rendering holds the article in
        /// `<div hidden>` that a script reveals), or the text of one outermost concealed element
        /// (a page-wide `visibility:hidden` wrapper, Discourse posts inside one `<noscript>`),
        /// outweighs the visible text this much; many small hidden menus never add up to it.
        /// `aria-hidden` stays honoured. Calibrated on WCXB dev, Readability and fundus (225
        /// pages use the attribute): below 0.5 revealing never lowered F1 (15 pages, mean F1 0.07
        /// → 0.57, e.g. fundus AnadoluAjansi 0 → 1.0); between 0.5 and 0.8 it helped and hurt as
        /// often (Readability's hidden-nodes test page 0.99 → 0.67). Counting concealed
        /// elements too raised 22 WCXB dev pages (20 of them from no text) and lowered none.
        /// Default 0.5.
        public var revealHiddenBelowVisibleShare = 0.5
        /// Bytes of hidden text a page needs before it can be revealed, so a near-empty page
        /// with a hidden snippet stays as it is. Default 500.
        public var revealHiddenMinimumBytes = 500
        /// Below this share of its word runs printed in the visible blocks, the article text a
        /// page declares (``PageMetadata/articleBody``, at least
        /// ``Configuration/Smoothing-swift.struct/declaredBodyMinimumWords`` long) is looked for in
        /// its hidden elements: a paywall that ships the story's paragraphs in
        /// `<div class="paywall" hidden>`. The page is segmented again with revealable hiding
        /// ignored, but a hidden block is kept only when at least
        /// ``Configuration/Smoothing-swift.struct/declaredBodyBlockShare`` of its runs are in the
        /// declared text, and the second pass is used only when the page then prints at least
        /// ``Configuration/Smoothing-swift.struct/declaredBodyOnPageShare`` of it. On WCXB dev,
        /// Readability and fundus two pages qualify: fundus ABC prints 8 % of its declared text
        /// and 95 % once revealed (F1 0.16 → 0.98); a Shopify page prints 66 % and its declared
        /// text also holds the hidden JSON of product widgets, which revealing would keep (F1
        /// 0.98 → 0.80 at a bound of 0.8). Default 0.5.
        public var revealDeclaredBodyBelowPrintedShare = 0.5
        /// Whether bytes no stage reads are cut from a page before libxml2 parses it, so
        /// libxml2 does not read them one character at a time: the contents of `<script>`
        /// (JSON-LD excepted) and `<style>` elements, tags kept (about half the bytes of typical
        /// news pages), attributes no stage reads (`data-*`, `src`, `title`…), `href` values
        /// outside `<link>` (a link counts by having one), comment bodies, and all but the first
        /// byte of runs of white space in text outside `pre`, `textarea`, `title` and the like.
        /// The cut follows libxml2's own reading of where tags, attributes, comments and these
        /// elements start and end and is skipped on any page it is not sure of, so the output is
        /// the same either way (checked byte for byte on the evaluation sets with libxml2
        /// 2.9.14; a newer libxml2 may end such elements differently on rare malformed pages);
        /// off, libxml2 reads the page as it came. No effect on the tag-soup parser. Default
        /// true.
        ///
        /// ```swift
        /// var configuration = Configuration()
        /// configuration.segmentation.stripsRawTextBeforeLibXML2 = false
        /// ```
        public var stripsRawTextBeforeLibXML2 = true
    }

    /// How text is measured.
    public struct Features: Sendable, Hashable {
        /// Creates the defaults.
        public init() {}

        /// Characters per wrapped line for text density (words per line), as in boilerpipe. Default 80.
        public var wrapWidth = 80
        /// Words a block needs to count as prose when measuring how much of the page's prose a
        /// container holds (the container-prose feature). Default 20.
        public var proseWords = 20
        /// Link density below which a block can count as prose for that feature. Default 0.3.
        public var proseMaximumLinkDensity = 0.3
        /// Characters above which a block is never matched against the furniture lexicon
        /// ("read more", "đọc thêm" are short; longer text is prose that merely contains them). Default 40.
        public var furniturePhraseCharacters = 40
        /// Words after a teaser label ("Read more: …", "ĐỌC THÊM | …", "Lesen Sie auch: …") up to
        /// which the block is a link to another story, and boilerplate. On fundus 7 pages rise and
        /// none fall (F1 +0.0007); on WCXB dev 22 rise and 17 fall (blogs whose gold keeps their
        /// "Also read:" lines). Default 25.
        public var teaserLabelMaximumWords = 25
        /// Words, from the start of the page's blocks, on which its language is identified. Default 2,000.
        public var languageSampleWords = 2_000
        /// Share of a page's letters in one non-Latin script (Han, Kana, Hangul, Thai, Arabic, Cyrillic,
        /// Greek, Hebrew) above which the script decides the language. Default 0.3.
        public var languageScriptShare = 0.3
        /// Share of kana among a page's Han and kana letters at or above which it is Japanese rather than
        /// Chinese (Chinese uses no kana; kanji-heavy Japanese news has about 0.2). Default 0.05.
        public var japaneseKanaShare = 0.05
        /// Stopword evidence (each hit weighs 1 / number of languages listing the word) a language
        /// needs before it is named rather than the declared one. Default 3.
        public var minimumLanguageEvidence = 3.0
        /// …and the share of the sampled words that evidence must reach, so a page in a language
        /// without a list (Zulu, Lithuanian) is not named after a few chance hits. Calibrated on
        /// fundus: listed languages score 0.045 (Turkish) and up, unlisted ones 0.02 or less, with
        /// Icelandic (0.037, scored as Danish) between. Default 0.03.
        public var minimumStopwordShare = 0.03
    }

    /// How repetition is judged.
    public struct Repetition: Sendable, Hashable {
        /// Creates the defaults.
        public init() {}

        /// A text seen on at least this share of a site's pages is template. Default 0.5.
        public var templateShare = 0.5
        /// …and on at least this many pages (so one page alone never makes a template). Default 2.
        public var minimumTemplatePages = 2
        /// Characters below which a duplicate text inside one page is ignored ("Share", "Home"
        /// repeat legitimately in prose-free furniture and are judged by other signals). Default 12.
        public var minimumDuplicateCharacters = 12
        /// Characters the page title's slug must have to be matched at a block's start. Default 15.
        public var minimumSlugCharacters = 15
        /// Words besides the quoted title that a heading after the title may have to count as
        /// heading talk about the article ("12 comments on “Title”", "3 Kommentare zu „Title“",
        /// "Share “Title”"); such a heading is boilerplate and opens a section that prose does not
        /// end, as a "Comments" heading does. The title needs ``minimumSlugCharacters``. Default 5.
        public var titleQuoteOtherWords = 5
        /// Share of a page's prose (UTF-8 bytes of its distinct blocks of at least
        /// ``duplicatePageBlockBytes``) already seen on the site's learned pages at or above which
        /// ``SiteProfile`` skips a page with the title of a learned one as a copy of it: the same
        /// article crawled twice would otherwise make its own text look like template and empty
        /// both copies. (A page with a learned page's URL is always skipped.) Template prose
        /// repeats too, so the share is high. Default 0.8.
        public var duplicatePageSeenShare = 0.8
        /// UTF-8 bytes a block needs to count as prose for the copy check. Default 100.
        public var duplicatePageBlockBytes = 100
        /// Distinct prose blocks a page needs before it can be judged a copy. Default 3.
        public var duplicatePageMinimumBlocks = 3
    }

    /// How per-block scores become decisions.
    public struct Classification: Sendable, Hashable {
        /// Creates the defaults.
        public init() {}

        /// Content probability at or above which a block is kept. Default 0.5.
        public var contentThreshold = 0.5
        /// Link density at or above which a block is treated as navigation. Default 0.5.
        public var maximumLinkDensity = 0.5
        /// Probability margin around the threshold inside which a block counts as uncertain and
        /// its neighbours decide. Default 0.2.
        public var uncertaintyMargin = 0.2
    }

    /// How neighbours and sections revise decisions (jusText-style context classes).
    public struct Smoothing: Sendable, Hashable {
        /// Creates the defaults.
        public init() {}

        /// Characters below which a block is *short*: too little text to judge alone, so its
        /// nearest non-short neighbours decide (jusText's `length_low`). Default 70.
        public var shortCharacters = 70
        /// Characters at or above which a likely-content block is *good* on its own; between
        /// `shortCharacters` and this it is *near-good* and needs a good neighbour
        /// (jusText's `length_high`). Default 200.
        public var goodCharacters = 200
        /// Content probability at or above which a block of enough length is good. Default 0.5.
        public var goodProbability = 0.5
        /// Content probability below which a block is bad whatever its neighbours. Default 0.2.
        public var badProbability = 0.2
        /// Whether HTML pages also go through the neighbour-context pass. Plain text always does;
        /// on HTML the block model already weighs the neighbours, and the pass lowered F1 by
        /// 0.015–0.025 on the Readability and fundus pages (`winnow-bench accuracy`). Default false.
        public var neighbourContextOnHTML = false
        /// Content probability a block outside the article's container needs to stay content
        /// when no trained container model is loaded (HTML only; see the main-content stage). The
        /// shipped models include one, which judges such blocks by their relation to the
        /// container instead. Default 0.9.
        public var outsideContainerProbability = 0.9
        /// Characters at or below which a boilerplate block may head a section ("Related",
        /// "Đọc thêm") that stays boilerplate until a good block resumes the article. Default 60.
        public var sectionHeadingCharacters = 60
        /// Words below which a kept block counts as short on a dated page (one that declares a
        /// publish date, such as a news story). Default 8.
        ///
        /// ```swift
        /// var configuration = Configuration()
        /// configuration.smoothing.uncertainShortBlockWords = 5
        /// ```
        public var uncertainShortBlockWords = 8
        /// Content probability below which such a short block on a dated page is dropped: the
        /// article of a news story rarely holds a short line the models are unsure of, while a
        /// shop or documentation page often does (`winnow-bench accuracy`: fundus 0.935 → 0.939,
        /// readability and wcxb-dev unchanged or up). Set it to 0 to keep every such block.
        /// Default 0.7.
        ///
        /// ```swift
        /// var configuration = Configuration()
        /// configuration.smoothing.uncertainShortBlockProbability = 0
        /// ```
        public var uncertainShortBlockProbability = 0.7
        /// Words the article text a page declares (``PageMetadata/articleBody``, from JSON-LD or
        /// microdata) needs before the declared-body stage trusts it; shorter ones are usually a
        /// teaser. Set it to
        /// `Int.max` to turn the stage off. Default 100.
        ///
        /// ```swift
        /// var configuration = Configuration()
        /// configuration.smoothing.declaredBodyMinimumWords = .max // ignore articleBody
        /// ```
        public var declaredBodyMinimumWords = 100
        /// Share of the declared text's four-word runs that must occur in the page's blocks: the
        /// declared text is the one the page prints, not a paywalled or different one. Default 0.8.
        public var declaredBodyOnPageShare = 0.8
        /// Share of the kept blocks' four-word runs that must occur in the declared text, so a
        /// declared intro does not overrule a page made mostly of something else (a list, a
        /// product grid). Default 0.5.
        public var declaredBodyKeptShare = 0.5
        /// Share of a block's four-word runs in the declared text (or in the page's description)
        /// at which the block counts as covered by it: covered blocks mark the article's span,
        /// whose headings are spared, and a lead covered by the description is kept. Default 0.5.
        public var declaredBodyBlockShare = 0.5
    }
}
