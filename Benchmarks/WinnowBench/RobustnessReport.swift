import Foundation

/// Prints a ``RobustnessRun``'s findings.
struct RobustnessReport {
    let run: RobustnessRun
    let slowest: Int
    let parser: String

    func print() {
        let pages = run.timings.count
        let megabytes = Double(run.totalBytes) / 1_048_576
        Swift.print("robustness (\(parser)): \(pages) pages, \(String(format: "%.1f", megabytes)) MB, "
            + "\(String(format: "%.2f", run.totalSeconds)) s extracting "
            + "(\(String(format: "%.1f", run.totalSeconds > 0 ? megabytes / run.totalSeconds : 0)) MB/s)")
        Swift.print("unreadable: \(run.unreadable.count)\(list(run.unreadable))")
        let slow = run.timings.filter { $0.seconds > run.slowSeconds }
        Swift.print("over \(run.slowSeconds) s: \(slow.count)\(list(slow.map(\.page)))")
        Swift.print("empty article: \(run.empty.count)\(list(run.empty))")
        Swift.print("garbled text (U+FFFD or control characters): \(run.garbled.count)"
            + list(run.garbled.sorted { $0.count > $1.count }.map { "\($0.page) (\($0.count))" }))
        Swift.print("notes:")
        for (note, count) in run.notes.sorted(by: { $0.value > $1.value }) { Swift.print("  \(count)× \(note)") }
        Swift.print("slowest:")
        for timing in run.timings.sorted(by: { $0.seconds > $1.seconds }).prefix(slowest) {
            let kilobytes = timing.bytes / 1024
            Swift.print("  \(String(format: "%.3f", timing.seconds)) s  \(kilobytes) KB  \(timing.page)")
        }
        Swift.print("peak memory (ru_maxrss): \(Self.peakResidentMegabytes()) MB")
    }

    /// At most 10 names, after a colon.
    private func list(_ names: [String]) -> String {
        guard !names.isEmpty else { return "" }
        let more = names.count > 10 ? ", …" : ""
        return ": " + names.prefix(10).joined(separator: ", ") + more
    }

    /// The process's peak resident set, in MB (Linux reports kilobytes, macOS bytes).
    static func peakResidentMegabytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss) / 1024
        #else
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss) / 1_048_576
        #endif
    }
}
