import Winnow

/// Which site a page belongs to: its URL's host (the JSONL `url` or WARC target URI, else the
/// page's canonical or `og:url`), else the directory of its file.
enum SiteGrouping {
    /// The site key of a page.
    static func site(of page: SegmentedPage, directory: String) -> String {
        page.site ?? directory
    }
}
