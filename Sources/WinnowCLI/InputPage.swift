import Foundation
import Winnow

/// A page read from the inputs, with where it came from.
struct InputPage: Sendable {
    /// The page to extract.
    var page: Page
    /// Its source in messages and records: a path, `path:line` or `<stdin>`.
    var source: String
    /// The site key when the page has no URL: its file's directory.
    var directory: String
}
