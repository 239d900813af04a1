import Foundation
import WinnowEvaluation

/// Writes per-page results as a JSON array (`--json FILE`).
enum PageResultsFile {
    /// Encodes the results with sorted keys, one field per line, and writes them to `path`.
    static func write(_ results: [PageResult], to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(results).write(to: URL(fileURLWithPath: path))
    }
}
