import Foundation
import Winnow

/// What ``RobustnessCommand`` measures, page by page.
struct RobustnessRun {
    /// One page's extraction time.
    struct Timing {
        var page: String
        var bytes: Int
        var seconds: Double
    }

    let extractor: Extractor
    let slowSeconds: Double
    private(set) var timings: [Timing] = []
    private(set) var unreadable: [String] = []
    private(set) var empty: [String] = []
    /// Pages whose article holds U+FFFD or C0 control characters other than tab and newline.
    private(set) var garbled: [(page: String, count: Int)] = []
    /// How many pages got each note.
    private(set) var notes: [String: Int] = [:]
    private(set) var totalBytes = 0
    private(set) var totalSeconds = 0.0

    init(extractor: Extractor, slowSeconds: Double) {
        self.extractor = extractor
        self.slowSeconds = slowSeconds
    }

    /// Extracts every page of one dataset directory.
    mutating func dataset(at directory: URL) {
        let name = directory.standardizedFileURL.lastPathComponent
        for file in Self.pageFiles(in: directory) {
            let label = "\(name)/\(file.lastPathComponent)"
            guard let data = FileManager.default.contents(atPath: file.path) else {
                unreadable.append(label)
                continue
            }
            page(label, bytes: [UInt8](data))
        }
    }

    private mutating func page(_ label: String, bytes: [UInt8]) {
        let clock = ContinuousClock()
        let start = clock.now
        let article = extractor.extract(Page(bytes: bytes, url: nil, kind: .automatic, id: label))
        let text = article.text
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        timings.append(Timing(page: label, bytes: bytes.count, seconds: seconds))
        totalBytes += bytes.count
        totalSeconds += seconds
        if text.isEmpty { empty.append(label) }
        let bad = text.unicodeScalars.count { $0 == "\u{FFFD}" || ($0.value < 0x20 && $0 != "\n" && $0 != "\t") }
        if bad > 0 { garbled.append((label, bad)) }
        for note in Set(article.notes) { notes[note, default: 0] += 1 }
    }

    /// `DIR/html/*.html`, else `DIR/*.html`, sorted by name.
    static func pageFiles(in directory: URL) -> [URL] {
        let manager = FileManager.default
        let html = directory.appendingPathComponent("html")
        let folder = manager.fileExists(atPath: html.path) ? html : directory
        let names = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }
}
