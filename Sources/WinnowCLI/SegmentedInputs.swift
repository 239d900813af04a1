import Winnow

/// The inputs of a run, read, segmented (in parallel) and assigned to sites; failures already
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
        let read = InputReader(format: options.input).read(expanded.sources)
        let failures = expanded.failures + read.failures
        failures.forEach(Diagnostics.report)
        let pages = await ParallelMap.map(read.pages, jobs: options.jobs) { extractor.segment($0.page) }
        let sites = zip(pages, read.pages).map { SiteGrouping.site(of: $0, directory: $1.directory) }
        return SegmentedInputs(inputs: read.pages, pages: pages, sites: sites, failed: !failures.isEmpty)
    }

    /// One profile per site, learned from these pages.
    func learnProfiles(with extractor: Extractor) -> [String: SiteProfile] {
        SiteGrouping(extractor: extractor)
            .learnProfiles(pages, sources: inputs.map(\.source), directories: inputs.map(\.directory))
    }
}
