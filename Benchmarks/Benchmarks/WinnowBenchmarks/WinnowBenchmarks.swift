import Benchmark
import Winnow

/// Winnow's speed on the 181 scrapinghub pages (timed only; nothing is tuned on them).
///
/// One iteration is one pass over every page, one core; each benchmark runs one warm-up pass, then
/// passes for up to 10 s (at least one, at most 25). Each benchmark reports package-benchmark's
/// throughput (passes/s), wall clock and malloc count, plus pages/s and input bytes/s.
///
/// ```sh
/// cd Benchmarks && swift package benchmark
/// swift package benchmark --filter "libxml2 floor.*"
/// ```
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: CorpusMeasurement.metrics,
        warmupIterations: 1,
        maxDuration: .seconds(10),
        maxIterations: 25
    )
    let corpus = Inputs.corpus
    let html = CorpusMeasurement(pages: corpus.pages.count, bytes: corpus.totalBytes)
    let extractor = Extractor()
    var tagSoupConfiguration = Configuration()
    tagSoupConfiguration.parser = .tagSoup
    let tagSoup = Extractor(configuration: tagSoupConfiguration)

    Benchmark("extract") { benchmark in
        html.run(benchmark) {
            for page in corpus.pages { blackHole(extractor.extract(Page(bytes: page.bytes, url: page.url))) }
        }
    }

    Benchmark("extract tagSoup") { benchmark in
        html.run(benchmark) {
            for page in corpus.pages { blackHole(tagSoup.extract(Page(bytes: page.bytes, url: page.url))) }
        }
    }

    Benchmark("segment") { benchmark in
        html.run(benchmark) {
            for page in corpus.pages { blackHole(extractor.segment(Page(bytes: page.bytes, url: page.url))) }
        }
    }

    // Learning only: the pages are segmented once, before measuring. Rates are per HTML input.
    Benchmark("learn site profiles", closure: { benchmark in
        let segmented = Inputs.segmented
        html.run(benchmark) { blackHole(extractor.learnProfiles(from: segmented)) }
    }, setup: { _ = Inputs.segmented })

    // Each page's extracted text fed back as plain text. Rates are per text input.
    Benchmark("extract plain text", closure: { benchmark in
        let texts = Inputs.texts
        let text = CorpusMeasurement(pages: texts.count, bytes: texts.reduce(0) { $0 + $1.text.utf8.count })
        text.run(benchmark) {
            for page in texts { blackHole(extractor.extract(Page(text: page.text, url: page.url))) }
        }
    }, setup: { _ = Inputs.texts })

    Benchmark("libxml2 floor tree") { benchmark in
        LibXML2Floor.silenceErrors()
        benchmark.startMeasurement()
        html.run(benchmark) {
            for page in corpus.pages { blackHole(LibXML2Floor.parseTree(page.bytes)) }
        }
    }

    Benchmark("libxml2 floor SAX") { benchmark in
        LibXML2Floor.silenceErrors()
        benchmark.startMeasurement()
        html.run(benchmark) {
            for page in corpus.pages { blackHole(LibXML2Floor.parseSAX(page.bytes)) }
        }
    }
}

/// Inputs computed once, on first use (thread-safe lazy statics, never mutated).
enum Inputs {
    /// The benchmark pages; exits with instructions when they are missing.
    static let corpus = Corpus.loadOrExit()

    /// Every page segmented with the default configuration, for the site-profile benchmark.
    static let segmented: [SegmentedPage] = corpus.pages.map {
        Extractor().segment(Page(bytes: $0.bytes, url: $0.url))
    }

    /// Every page's extracted text with its URL, for the plain-text benchmark.
    static let texts: [(text: String, url: String?)] = corpus.pages.map {
        (Extractor().extract(Page(bytes: $0.bytes, url: $0.url)).text, $0.url)
    }
}
