import Foundation
import Winnow

/// Access to the repository's `Samples/` folder from tests.
enum Samples {
    /// The repository root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ relative: String) -> URL { root.appendingPathComponent("Samples").appendingPathComponent(relative) }

    static func text(_ relative: String) throws -> String { try String(contentsOf: url(relative), encoding: .utf8) }

    /// The seed pages' line-level gold (`C` article, `B` boilerplate, `O` either, `-` blank).
    struct SeedGold: Decodable {
        var title: String
        var lineLabels: String
    }

    static func seedGold() throws -> [String: SeedGold] {
        try JSONDecoder().decode([String: SeedGold].self, from: Data(contentsOf: url("baoquocte/gold.json")))
    }

    static let seedNames = ["baoquocte-syria-lavrov.txt", "baoquocte-syria-dunford.txt"]
}
