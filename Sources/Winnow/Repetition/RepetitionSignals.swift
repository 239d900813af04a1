/// What repetition says about one block, inside its page and across its site.
struct RepetitionSignals: Sendable, Hashable {
    /// The index of another block of the page with the same fingerprint (the first copy points
    /// to the second, later copies to the first).
    var duplicateOf: Int?
    /// How many blocks of the page share this block's fingerprint (1 = unique).
    var copiesInPage = 1
    /// The block starts with the page title's slug but is not the title (teaser link, image alt).
    var startsWithTitleSlug = false
    /// The block is a heading after the title that quotes it ("12 comments on “Title”",
    /// "Share “Title”"): it heads talk about the article, not the article.
    var quotesTitle = false
    /// Pages of the site that contain this text (0 without a profile).
    var sitePages = 0
    /// Pages of the site that contain this DOM path (0 without a profile or path).
    var pathPages = 0
    /// Pages the site profile has learned from.
    var profilePages = 0
    /// The text is template by the configured share and page count.
    var isSiteTemplate = false

    /// Share of the site's pages containing this text, 0…1 (0 without a usable profile).
    var siteShare: Double { profilePages > 0 ? Double(sitePages) / Double(profilePages) : 0 }
    /// Share of the site's pages containing this DOM path, 0…1.
    var pathShare: Double { profilePages > 0 ? Double(pathPages) / Double(profilePages) : 0 }
}
