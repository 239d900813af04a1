import Foundation

/// Reports progress on standard error: a live line (pages, pages per second, and an ETA when the
/// page total is known) only when standard error is a terminal; a summary line (pages, failed,
/// seconds) at the end when standard error is a terminal or `--summary` asks for it. Otherwise
/// quiet, so logs and pipes only get real messages.
struct ProgressReporter {
    /// Seconds between two redraws of the live line.
    static let redrawInterval = 0.25

    /// Whether the live line is drawn.
    let live: Bool
    /// Whether the summary line is written.
    let summary: Bool
    /// The page total, when known before reading.
    let total: Int?
    private let start = Date()
    private var lastDraw = Date.distantPast
    private(set) var pages = 0
    private(set) var failed = 0

    init(summaryRequested: Bool, total: Int?, terminal: Bool = isatty(STDERR_FILENO) == 1) {
        live = terminal
        summary = terminal || summaryRequested
        self.total = total
    }

    /// Counts a written page, redrawing the live line now and then.
    mutating func pageDone() {
        pages += 1
        draw(force: false)
    }

    /// Counts a failed input.
    mutating func failure() {
        failed += 1
    }

    private mutating func draw(force: Bool) {
        guard live else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= Self.redrawInterval else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 1e-3)
        let rate = Double(pages) / elapsed
        var line = "winnow: \(pages)\(total.map { " of \($0)" } ?? "") pages, \(Int(rate.rounded())) pages/s"
        if let total, rate > 0, total > pages {
            line += ", ETA \(Int((Double(total - pages) / rate).rounded(.up))) s"
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    /// Clears the live line and writes the summary line.
    func finish() {
        if live { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        guard summary else { return }
        let seconds = String(format: "%.2f", Date().timeIntervalSince(start))
        FileHandle.standardError.write(Data("winnow: \(pages) pages, \(failed) failed, \(seconds) s\n".utf8))
    }
}
