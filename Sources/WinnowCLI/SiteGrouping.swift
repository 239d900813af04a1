import Winnow

/// Groups segmented pages into sites and learns each site's profile from its pages.
///
/// A page's site is its URL's host (the JSONL `url`, else the page's canonical or `og:url`),
/// else the directory of its file. Each site's pages are learned in source order, so profiles
/// (and therefore results) do not depend on the order pages were given in.
struct SiteGrouping {
    /// The extractor whose limits bound the profiles.
    var extractor: Extractor

    /// The site key of a page.
    static func site(of page: SegmentedPage, directory: String) -> String {
        page.site ?? directory
    }

    /// One profile per site key.
    func learnProfiles(_ pages: [SegmentedPage], sources: [String], directories: [String]) -> [String: SiteProfile] {
        let order = pages.indices.sorted { sources[$0] < sources[$1] }
        var profiles: [String: SiteProfile] = [:]
        for index in order {
            let site = Self.site(of: pages[index], directory: directories[index])
            profiles[site, default: SiteProfile(site: site, capacity: extractor.configuration.limits.maximumProfileEntries)]
                .learn(from: pages[index])
        }
        return profiles
    }
}
