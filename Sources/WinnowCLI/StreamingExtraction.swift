import ArgumentParser
import Winnow
import WinnowCrawl

/// The order `winnow extract` writes records in.
enum OutputOrder: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Input order, through a reorder buffer.
    case input
    /// Per-site batches, each as soon as it is extracted.
    case site
}

/// A segmented page waiting in its site's batch.
struct PendingPage: Sendable {
    var page: SegmentedPage
    var source: String
}

/// Extracts a stream of pages in bounded memory: pages are segmented a window at a time (in
/// parallel), buffered per site in a ``HostBatcher``; each released batch updates its site's
/// profile, is extracted (in parallel) with it, and is written.
///
/// Memory: at most `maximumBuffered` segmented pages and waiting records together (plus one
/// batch of `siteBuffer` and one window), however long the stream. In input order, when buffered
/// pages and records waiting for an earlier page exceed the bound, the site holding the earliest
/// page is released, which always lets output move on.
struct StreamingExtraction {
    var extractor: Extractor
    var jobs: Int
    var order: OutputOrder
    var batcher: HostBatcher<PendingPage>
    var profiles: ProfileStore
    private var reorder = ReorderBuffer<(Article, String)>()
    private var nextSequence = 0

    init(extractor: Extractor, jobs: Int, order: OutputOrder, siteBuffer: Int, maximumBuffered: Int, profiles: ProfileStore) {
        self.extractor = extractor
        self.jobs = jobs
        self.order = order
        self.batcher = HostBatcher(perHost: siteBuffer, total: maximumBuffered, policy: order == .input ? .oldest : .largest)
        self.profiles = profiles
    }

    /// Pages segmented together: enough to keep every job busy.
    var windowSize: Int { jobs * 8 }

    /// Reads the whole stream, writing each article; failures are reported as they come.
    mutating func run(_ stream: inout PageStream, writer: inout OutputWriter, progress: inout ProgressReporter) async {
        var window: [InputPage] = []
        while let item = stream.next() {
            switch item {
            case .failure(let failure):
                Diagnostics.report(failure)
                progress.failure()
            case .page(let page):
                window.append(page)
                if window.count >= windowSize {
                    await add(window, writer: &writer, progress: &progress)
                    window.removeAll(keepingCapacity: true)
                }
            }
        }
        await add(window, writer: &writer, progress: &progress)
        for batch in batcher.finish() { await process(batch, writer: &writer, progress: &progress) }
        for failure in profiles.saveAll() { report(failure, &progress) }
    }

    private mutating func add(_ window: [InputPage], writer: inout OutputWriter, progress: inout ProgressReporter) async {
        let extractor = extractor
        let segmented = await ParallelMap.map(window, jobs: jobs) { extractor.segment($0.page) }
        for (input, page) in zip(window, segmented) {
            let host = SiteGrouping.site(of: page, directory: input.directory)
            let released = batcher.add(PendingPage(page: page, source: input.source), host: host, sequence: nextSequence)
            nextSequence += 1
            for batch in released { await process(batch, writer: &writer, progress: &progress) }
            while order == .input, batcher.count + reorder.waiting > batcher.total, let batch = batcher.release() {
                await process(batch, writer: &writer, progress: &progress)
            }
        }
    }

    private mutating func process(_ batch: HostBatcher<PendingPage>.Batch, writer: inout OutputWriter,
                                  progress: inout ProgressReporter) async {
        var (learned, failure) = profiles.learned(for: batch.host)
        if let failure { report(failure, &progress) }
        for item in batch.items { learned.learn(from: item.item.page, repetition: extractor.configuration.repetition) }
        let profile = profiles.effective(learned, host: batch.host)
        for failure in profiles.store(learned, host: batch.host) { report(failure, &progress) }
        let extractor = extractor
        let articles = await ParallelMap.map(batch.items.map(\.item), jobs: jobs) { extractor.extract($0.page, profile: profile) }
        for (item, article) in zip(batch.items, articles) {
            let ready = order == .input ? reorder.insert((article, item.item.source), sequence: item.sequence)
                                        : [(article, item.item.source)]
            for (article, source) in ready {
                writer.write(article, source: source)
                progress.pageDone()
            }
        }
    }

    private func report(_ failure: InputFailure, _ progress: inout ProgressReporter) {
        Diagnostics.report(failure)
        progress.failure()
    }
}
