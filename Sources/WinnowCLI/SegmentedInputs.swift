import Winnow

/// All inputs of a `profile learn` run, read, segmented (in parallel) and assigned to sites; failures already
/// reported on standard error.
struct SegmentedInputs {
    /// The pages, in input order.
    var inputs: [InputPage]
    /// Each page segmented.
    var pages: [SegmentedPage]
    /// Each page's site key.
    var sites: [String]
    /// Whether any input failed.
    var failed: Bool

    /// Reads and segments every input the options name.
    static func load(_ options: InputOptions, extractor: Extractor) async -> SegmentedInputs {
        let expanded = InputPaths().expand(options.paths)
        expanded.failures.forEach(Diagnostics.report)
        var stream = PageStream(sources: expanded.sources, format: options.input)
        var read: [InputPage] = []
        var failed = !expanded.failures.isEmpty
        while let item = stream.next() {
            switch item {
            case .page(let page): read.append(page)
            case .failure(let failure):
                Diagnostics.report(failure)
                failed = true
            }
        }
        let pages = await ParallelMap.map(read, jobs: options.jobs) { extractor.segment($0.page) }
        let sites = zip(pages, read).map { SiteGrouping.site(of: $0, directory: $1.directory) }
        return SegmentedInputs(inputs: read, pages: pages, sites: sites, failed: failed)
    }

    /// One profile per site, learned from these pages.
    func learnProfiles(with extractor: Extractor) -> [String: SiteProfile] {
        SiteGrouping(extractor: extractor)
            .learnProfiles(pages, sources: inputs.map(\.source), directories: inputs.map(\.directory))
    }
}
