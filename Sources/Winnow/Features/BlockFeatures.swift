/// What a block's own text says about it: the measurements the classifier weighs.
struct BlockFeatures: Sendable, Hashable {
    /// Characters of text.
    var characters = 0
    /// Words (white-space separated tokens; CJK characters count one each).
    var words = 0
    /// Words per wrapped line (boilerpipe's text density).
    var textDensity = 0.0
    /// Share of characters inside links.
    var linkDensity = 0.0
    /// Share of words that are stopwords of the page's language.
    var stopwordDensity = 0.0
    /// Share of characters that are sentence punctuation (. , ; : ! ?).
    var punctuationDensity = 0.0
    /// Sentence-ending marks inside the text.
    var sentences = 0
    /// The text ends as a sentence does.
    var endsWithSentence = false
    /// The text ends with "…" or "...": a cut-off teaser.
    var endsWithEllipsis = false
    /// Share of words that start upper-case.
    var capitalizedShare = 0.0
    /// Share of characters that are digits.
    var digitShare = 0.0
    /// Position in the page, 0 (first block) … 1 (last).
    var position = 0.0
    /// The block's text is a known furniture phrase ("read more", "đọc thêm").
    var isFurniturePhrase = false
    /// The block is a teaser label and a headline: "Read more: Another story".
    var isLabelledTeaser = false
    /// Share of the page's prose (long, low-link text) that lives in this block's nearest
    /// container holding prose; 0 for plain text.
    var containerProseShare = 0.0
    /// Share of the parent element's characters inside links.
    var parentLinkDensity = 0.0
    /// Blocks in the parent element.
    var parentBlocks = 1
    /// Blocks of the page with exactly this block's DOM path.
    var samePathBlocks = 1
    /// Mean words of the blocks with this block's DOM path.
    var samePathMeanWords = 0.0
    /// Where the block stands relative to the title block: 1 after it, 0 before it, 0.5 unknown.
    var afterTitle = 0.5
    /// What the class and id words on the block's DOM path say (learned log-odds); 0 for plain text.
    var pathHint = 0.0
}
