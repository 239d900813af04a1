import Foundation
import Winnow
import WinnowEvaluation

/// Extracts every page of a dataset with Winnow, site by site, and times it.
///
/// Pages are grouped by the gold record's URL host, else its `host` field; pages with neither are
/// extracted without a profile. Timing covers segmenting, learning profiles and extracting, on
/// the calling thread; reading files is outside it.
struct DatasetExtraction {
    /// What a run produced.
    struct Result {
        /// Predicted article text by page id.
        var texts: [String: String]
        /// Wall-clock seconds of the extraction.
        var seconds: Double
        /// Pages per wall-clock second.
        var pagesPerSecond: Double { seconds > 0 ? Double(texts.count) / seconds : 0 }
    }

    var extractor: Extractor
    var useSiteProfiles: Bool

    func run(_ dataset: Dataset) -> Result {
        let pages = dataset.pages.map { Page(bytes: $0.html, url: $0.gold.url, kind: .html, id: $0.id) }
        let clock = ContinuousClock()
        let start = clock.now
        let segmented = pages.map(extractor.segment)
        let sites = dataset.pages.map { Self.site(of: $0.gold) }
        let profiles = useSiteProfiles ? learnProfiles(segmented, sites: sites) : [:]
        var texts: [String: String] = [:]
        for (index, page) in segmented.enumerated() {
            let profile = sites[index].flatMap { profiles[$0] }
            texts[dataset.pages[index].id] = extractor.extract(page, profile: profile).text
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Result(texts: texts, seconds: seconds)
    }

    /// One profile per site, learned from all of the site's pages.
    private func learnProfiles(_ pages: [SegmentedPage], sites: [String?]) -> [String: SiteProfile] {
        var groups: [String: [SegmentedPage]] = [:]
        for (page, site) in zip(pages, sites) {
            if let site { groups[site, default: []].append(page) }
        }
        var profiles: [String: SiteProfile] = [:]
        for (site, group) in groups {
            var profile = SiteProfile(site: site, capacity: extractor.configuration.limits.maximumProfileEntries)
            let learned = extractor.learnProfiles(from: group)
            for key in learned.keys.sorted() { if let part = learned[key] { profile.merge(part) } }
            profiles[site] = profile
        }
        return profiles
    }

    /// The site of a page: its gold URL's host, else the `host` field without `www.`.
    static func site(of gold: GoldRecord) -> String? {
        if let host = gold.url.flatMap(Page.host(of:)) { return host }
        guard let host = gold.host?.lowercased(), !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
