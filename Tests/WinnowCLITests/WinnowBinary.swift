import Foundation
import Testing

/// Runs the built `winnow` executable, which `swift test` builds next to the test bundle.
struct WinnowBinary {
    /// What one run gave.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Standard output's non-empty lines, each decoded as a JSON object.
        func records(sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
            try stdout.split(separator: "\n").map { line in
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
                return try #require(object as? [String: Any], sourceLocation: sourceLocation)
            }
        }
    }

    /// The repository root (two levels above this file's folder).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The executable: `$WINNOW_BINARY`, else `winnow` in the products directory holding the
    /// test bundle (or the test runner itself, on Linux).
    static func locate(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        if let path = ProcessInfo.processInfo.environment["WINNOW_BINARY"] { return URL(fileURLWithPath: path) }
        var candidates = Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        candidates.append(Bundle.main.bundleURL)
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        for directory in candidates {
            let binary = directory.appendingPathComponent("winnow")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        Issue.record("winnow executable not found near \(candidates.map(\.path))", sourceLocation: sourceLocation)
        throw CocoaError(.fileNoSuchFile)
    }

    /// Runs `winnow` with arguments from the repository root, feeding `input` on standard input.
    static func run(_ arguments: [String], input: String? = nil,
                    sourceLocation: SourceLocation = #_sourceLocation) async throws -> Run {
        let process = Process()
        process.executableURL = try locate(sourceLocation: sourceLocation)
        process.arguments = arguments
        process.currentDirectoryURL = root
        let stdout = Pipe(), stderr = Pipe(), stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        // Drain both pipes while the process runs so neither can fill up and block it.
        let output = Task.detached { stdout.fileHandleForReading.readDataToEndOfFile() }
        let errors = Task.detached { stderr.fileHandleForReading.readDataToEndOfFile() }
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let outputData = await output.value
        let errorData = await errors.value
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: outputData, as: UTF8.self),
                   stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
