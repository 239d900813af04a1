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

/// Reads sources into pages: files by kind, JSONL files record by record. A bad file or line
/// becomes a failure naming it; the other pages are still read.
struct InputReader {
    /// How to read every source; `.auto` decides per source.
    var format: InputFormat
    /// Leading bytes inspected to tell text from binary data.
    static let sniffLength = 8192

    /// Reads all sources, in order.
    func read(_ sources: [InputSource]) -> (pages: [InputPage], failures: [InputFailure]) {
        var pages: [InputPage] = []
        var failures: [InputFailure] = []
        for source in sources {
            switch load(source) {
            case .failure(let failure): failures.append(failure)
            case .success(let bytes):
                let result = decode(bytes, from: source)
                pages += result.pages
                failures += result.failures
            }
        }
        return (pages, failures)
    }

    /// The source's bytes, or why they cannot be read.
    private func load(_ source: InputSource) -> Result<[UInt8], InputFailure> {
        switch source {
        case .standardInput:
            return .success([UInt8](FileHandle.standardInput.readDataToEndOfFile()))
        case .file(let path):
            guard FileManager.default.isReadableFile(atPath: path) else {
                return .failure(InputFailure(source: path, message: "permission denied"))
            }
            do {
                return .success([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
            } catch {
                return .failure(InputFailure(source: path, message: "cannot read: \(error.localizedDescription)"))
            }
        }
    }

    /// Pages from one source's bytes.
    private func decode(_ bytes: [UInt8], from source: InputSource) -> (pages: [InputPage], failures: [InputFailure]) {
        let kind = format == .auto ? Self.detect(source, bytes) : format
        if kind == .jsonl {
            return JSONLReader(name: source.name, directory: source.directory).read(bytes)
        }
        if Self.looksBinary(bytes) {
            return ([], [InputFailure(source: source.name, message: "looks like binary data (NUL bytes), not a page; skipped")])
        }
        let pageKind: Page.Kind = kind == .html ? .html : kind == .text ? .text : .automatic
        var id: String?
        if case .file(let path) = source { id = (path as NSString).lastPathComponent }
        let page = Page(bytes: bytes, url: nil, kind: pageKind, id: id)
        return ([InputPage(page: page, source: source.name, directory: source.directory)], [])
    }

    /// The format of a source read with `--input auto`: by extension, else sniffed (a leading
    /// `{` means JSONL).
    static func detect(_ source: InputSource, _ bytes: [UInt8]) -> InputFormat {
        if case .file(let path) = source {
            switch (path as NSString).pathExtension.lowercased() {
            case "txt": return .text
            case "html", "htm", "xhtml": return .html
            case "jsonl", "ndjson": return .jsonl
            default: break
            }
        }
        let first = bytes.prefix(sniffLength).first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        return first == UInt8(ascii: "{") ? .jsonl : .auto
    }

    /// Whether the bytes hold NUL bytes (and no UTF-16 byte-order mark that would explain them).
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(sniffLength)
        let utf16 = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
        return !utf16 && head.contains(0)
    }
}
