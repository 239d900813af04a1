import Benchmark

/// Runs one pass over a set of pages inside a benchmark iteration, and records the pass's rate
/// as pages per second and input bytes per second next to package-benchmark's own metrics (the
/// table scales them: `bytes/s (M)` reads as MB/s).
///
/// One benchmark iteration is one pass over all pages, so package-benchmark's `throughput` is
/// passes per second; the custom metrics give the per-page and per-byte rates directly.
///
/// ```swift
/// CorpusMeasurement(pages: corpus.pages.count, bytes: corpus.totalBytes).run(benchmark) {
///     for page in corpus.pages { blackHole(extractor.segment(Page(bytes: page.bytes))) }
/// }
/// ```
struct CorpusMeasurement {
    /// Pages per second over the pass.
    static let pagesPerSecond = BenchmarkMetric.custom("pages/s", polarity: .prefersLarger, useScalingFactor: false)
    /// Input bytes per second over the pass.
    static let bytesPerSecond = BenchmarkMetric.custom("bytes/s", polarity: .prefersLarger, useScalingFactor: false)

    /// The metrics every Winnow speed benchmark reports.
    static let metrics: [BenchmarkMetric] = [
        .throughput, .wallClock, .mallocCountTotal, pagesPerSecond, bytesPerSecond,
    ]

    /// Pages in one pass.
    var pages: Int
    /// Input bytes in one pass.
    var bytes: Int

    /// Times `pass` and records its rates; measurement of the built-in metrics stops before
    /// the rates are recorded so that recording them is not measured.
    func run(_ benchmark: Benchmark, _ pass: () -> Void) {
        let clock = ContinuousClock()
        let elapsed = clock.measure(pass)
        benchmark.stopMeasurement()
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        guard seconds > 0 else { return }
        benchmark.measurement(Self.pagesPerSecond, Int((Double(pages) / seconds).rounded()))
        benchmark.measurement(Self.bytesPerSecond, Int((Double(bytes) / seconds).rounded()))
    }
}
