import Foundation

/// A problem with one input: reported on standard error, the run goes on and exits with 1.
struct InputFailure: Error, Sendable, CustomStringConvertible {
    /// The input: a path, `path:line` or `<stdin>`.
    var source: String
    /// What went wrong, in words.
    var message: String

    var description: String { "\(source): \(message)" }
}

/// Writes the CLI's messages to standard error, prefixed with `winnow:`.
enum Diagnostics {
    /// Reports one message.
    static func report(_ message: String) {
        FileHandle.standardError.write(Data("winnow: \(message)\n".utf8))
    }

    /// Reports an input failure.
    static func report(_ failure: InputFailure) {
        report(failure.description)
    }
}
