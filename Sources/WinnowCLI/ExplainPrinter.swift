import Foundation
import Winnow

/// Shows every block of an article with its verdict: on a terminal, kept blocks bold green and
/// dropped ones dimmed with their reason; otherwise `+ ` before kept blocks and `- ` before
/// dropped ones, followed by `  [reason]`.
struct ExplainPrinter {
    /// Whether to use ANSI colours.
    var colors: Bool

    private static let keptStyle = "\u{1B}[1;32m"
    private static let droppedStyle = "\u{1B}[2m"
    private static let reset = "\u{1B}[0m"

    /// Whether standard output is a terminal that wants colours (`NO_COLOR` unset).
    static var terminalWantsColors: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// The article's blocks, one per line.
    func render(_ article: Article) -> String {
        article.blocks.map { explained in
            let text = explained.block.text
            switch (explained.decision, colors) {
            case (.content, true): return Self.keptStyle + text + Self.reset
            case (.content, false): return "+ " + text
            case (.boilerplate, true): return Self.droppedStyle + text + "  [\(explained.reason)]" + Self.reset
            case (.boilerplate, false): return "- " + text + "  [\(explained.reason)]"
            }
        }.joined(separator: "\n")
    }
}
