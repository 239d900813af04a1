import Foundation
import Winnow

/// How a source is read when `--input auto`, and single-page sources turned into pages.
enum StreamKind {
    /// Leading bytes inspected to tell text from binary data.
    static let sniffLength = 8192

    /// The format by extension (after any `.gz`), else sniffed from the first bytes: `WARC/`
    /// means WARC, a leading `{` JSONL, anything else a page.
    static func detect(_ source: InputSource, _ head: [UInt8]) -> InputFormat {
        if case .file(let path) = source {
            var name = (path as NSString).lastPathComponent.lowercased()
            if name.hasSuffix(".gz") { name = String(name.dropLast(3)) }
            switch (name as NSString).pathExtension {
            case "txt": return .text
            case "html", "htm", "xhtml": return .html
            case "jsonl", "ndjson": return .jsonl
            case "warc": return .warc
            default: break
            }
        }
        if head.starts(with: Array("WARC/".utf8)) { return .warc }
        let first = head.prefix(sniffLength).first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        return first == UInt8(ascii: "{") ? .jsonl : .auto
    }

    /// A whole file (or standard input) as one page, or a failure when it looks binary.
    static func singlePage(_ bytes: [UInt8], kind: InputFormat, from source: InputSource) -> StreamItem {
        let head = bytes.prefix(sniffLength)
        let utf16 = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
        if !utf16 && head.contains(0) {
            return .failure(InputFailure(source: source.name, message: "looks like binary data (NUL bytes), not a page; skipped"))
        }
        let pageKind: Page.Kind = kind == .html ? .html : kind == .text ? .text : .automatic
        var id: String?
        if case .file(let path) = source { id = (path as NSString).lastPathComponent }
        return .page(InputPage(page: Page(bytes: bytes, url: nil, kind: pageKind, id: id),
                               source: source.name, directory: source.directory))
    }

    /// Whether a source is certainly one page (known before reading), so the page total is known.
    static func isSinglePage(_ source: InputSource, format: InputFormat) -> Bool {
        guard case .file(let path) = source else { return false }
        switch format {
        case .html, .text: return true
        case .jsonl, .warc: return false
        case .auto:
            let ext = (path as NSString).pathExtension.lowercased()
            return ["txt", "html", "htm", "xhtml"].contains(ext)
        }
    }
}
