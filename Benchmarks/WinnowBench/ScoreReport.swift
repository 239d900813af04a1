import WinnowEvaluation

/// Formats scores as whitespace-separated table rows (so `column -t` can align rows from
/// several runs) and lists the worst pages.
enum ScoreReport {
    /// The column names, matching ``row(tool:score:pagesPerSecond:)``.
    static let header = "dataset tool pages precision recall F1 exact pages/s"

    /// One table row: dataset, tool, pages, precision, recall, F1, exact-match share, pages/s.
    static func row(tool: String, score: DatasetScore, pagesPerSecond: Double?) -> String {
        let speed = pagesPerSecond.map { fixed($0, 1) } ?? "-"
        let summary = score.summary
        return [score.dataset, tool.replacingOccurrences(of: " ", with: "_"), String(summary.pageCount),
                fixed(summary.precision, 3), fixed(summary.recall, 3), fixed(summary.f1, 3),
                fixed(score.exactMatchShare, 3), speed].joined(separator: " ")
    }

    /// Prints the worst pages and any pages left out for lack of HTML.
    static func printDetails(of score: DatasetScore, missingHTML: [String], worst: Int) {
        if !missingHTML.isEmpty { print("  \(missingHTML.count) gold records without html/<id>.html (skipped)") }
        let pages = score.worst(worst)
        guard !pages.isEmpty else { return }
        print("  worst \(pages.count) of \(score.dataset):")
        for page in pages {
            let precision = page.precision.map { fixed($0, 3) } ?? "-"
            let recall = page.recall.map { fixed($0, 3) } ?? "-"
            print("    F1 \(fixed(page.f1, 3))  P \(precision)  R \(recall)  "
                  + "pred \(page.predictedLength) / gold \(page.goldLength) chars  \(page.id)  \(page.url ?? "")")
        }
    }

    /// A number with `digits` decimals (no Foundation formatting, so output is locale-free).
    static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "nan" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = String(scaled % Int(scale))
        let padded = String(repeating: "0", count: max(0, digits - fraction.count)) + fraction
        let sign = value < 0 && scaled > 0 ? "-" : ""
        return digits > 0 ? "\(sign)\(whole).\(padded)" : "\(sign)\(whole)"
    }
}
