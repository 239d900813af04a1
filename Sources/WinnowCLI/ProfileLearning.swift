import Winnow

/// Learns one profile per site from a stream of pages for `profile learn`: pages are segmented a
/// window at a time (in parallel), learned, and dropped, so memory holds the profiles and one
/// window, not the pages. Failures are reported on standard error as they come.
struct ProfileLearning {
    /// The profiles learned, by site key.
    var profiles: [String: SiteProfile] = [:]
    /// Whether any input failed.
    var failed = false

    /// Reads every input the options name and learns from each page.
    static func learn(_ options: InputOptions, extractor: Extractor) async -> ProfileLearning {
        var learning = ProfileLearning()
        let expanded = InputPaths().expand(options.paths)
        expanded.failures.forEach(Diagnostics.report)
        learning.failed = !expanded.failures.isEmpty
        var stream = PageStream(sources: expanded.sources, format: options.input)
        let windowSize = options.jobs * 8
        var window: [InputPage] = []
        while let item = stream.next() {
            switch item {
            case .page(let page):
                window.append(page)
                if window.count >= windowSize {
                    await learning.learn(window, extractor: extractor, jobs: options.jobs)
                    window.removeAll(keepingCapacity: true)
                }
            case .failure(let failure):
                Diagnostics.report(failure)
                learning.failed = true
            }
        }
        await learning.learn(window, extractor: extractor, jobs: options.jobs)
        return learning
    }

    private mutating func learn(_ window: [InputPage], extractor: Extractor, jobs: Int) async {
        let pages = await ParallelMap.map(window, jobs: jobs) { extractor.segment($0.page) }
        for (input, page) in zip(window, pages) {
            let site = SiteGrouping.site(of: page, directory: input.directory)
            profiles[site, default: SiteProfile(site: site, capacity: extractor.configuration.limits.maximumProfileEntries)]
                .learn(from: page, repetition: extractor.configuration.repetition)
        }
    }
}
