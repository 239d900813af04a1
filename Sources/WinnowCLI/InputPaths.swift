import Foundation

/// One thing to read: a file or standard input.
enum InputSource: Sendable, Hashable {
    case file(String)
    case standardInput

    /// How the source is named in messages and records.
    var name: String {
        switch self {
        case .file(let path): return path
        case .standardInput: return "<stdin>"
        }
    }

    /// The site key for pages without a URL: the file's directory, or `<stdin>`.
    var directory: String {
        switch self {
        case .file(let path):
            let parent = (path as NSString).deletingLastPathComponent
            return parent.isEmpty ? "." : parent
        case .standardInput: return "<stdin>"
        }
    }
}

/// Turns command-line paths into sources: files as given, directories searched recursively
/// for pages (sorted by path), `-` as standard input.
struct InputPaths {
    /// File extensions collected from directories.
    static let pageExtensions: Set<String> = ["html", "htm", "xhtml", "txt", "jsonl", "ndjson", "warc"]

    /// The sources, in argument order; arguments that name nothing are failures.
    func expand(_ arguments: [String]) -> (sources: [InputSource], failures: [InputFailure]) {
        var sources: [InputSource] = []
        var failures: [InputFailure] = []
        let manager = FileManager.default
        for argument in arguments {
            if argument == "-" {
                if sources.contains(.standardInput) {
                    failures.append(InputFailure(source: "<stdin>", message: "given more than once; read once"))
                } else {
                    sources.append(.standardInput)
                }
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                failures.append(InputFailure(source: argument, message: "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                let found = pages(under: argument)
                if found.isEmpty {
                    failures.append(InputFailure(source: argument, message: "no .html, .htm, .xhtml, .txt, .jsonl or .warc files found"))
                }
                sources += found.map(InputSource.file)
            } else {
                sources.append(.file(argument))
            }
        }
        return (sources, failures)
    }

    /// Page and crawl files under a directory (also gzipped), recursively, skipping hidden entries, sorted by path.
    private func pages(under directory: String) -> [String] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: directory) else { return [] }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let path = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if (relative as NSString).lastPathComponent.hasPrefix(".") {
                if isDirectory.boolValue { enumerator.skipDescendants() }
                continue
            }
            var name = relative.lowercased()
            if name.hasSuffix(".gz") { name = String(name.dropLast(3)) }
            if !isDirectory.boolValue, Self.pageExtensions.contains((name as NSString).pathExtension) {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}
