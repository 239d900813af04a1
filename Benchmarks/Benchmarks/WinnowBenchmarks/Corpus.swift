import Foundation

/// The pages every benchmark runs over: the scrapinghub benchmark's HTML files, read once.
///
/// The folder is `$WINNOW_BENCH_PAGES` when set, else `../.data/scrapinghub/html` relative to
/// the `Benchmarks` package directory. URLs come from the `gold.json` beside the `html` folder
/// when it is there (they give each page its site for the site-profile benchmark).
///
/// ```swift
/// let corpus = Corpus.loadOrExit()
/// print(corpus.pages.count, corpus.totalBytes)
/// ```
struct Corpus: Sendable {
    /// One page file.
    struct Entry: Sendable {
        /// The file name without `.html`.
        var id: String
        /// The page's URL from `gold.json`, when known.
        var url: String?
        /// The raw bytes as published.
        var bytes: [UInt8]
    }

    /// The pages, sorted by id so every run sees the same order.
    var pages: [Entry]

    /// The summed size of all pages in bytes.
    var totalBytes: Int { pages.reduce(0) { $0 + $1.bytes.count } }

    /// The environment variable that overrides the pages folder.
    static let environmentVariable = "WINNOW_BENCH_PAGES"

    /// The default pages folder: `<Benchmarks>/../.data/scrapinghub/html`, found from this
    /// source file's location so that it does not depend on the working directory.
    static var defaultDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // WinnowBenchmarks
            .deletingLastPathComponent()  // Benchmarks (targets)
            .deletingLastPathComponent()  // Benchmarks (package)
            .appendingPathComponent("../.data/scrapinghub/html")
            .standardizedFileURL
    }

    /// Loads the pages, or prints how to get them and exits with status 1.
    static func loadOrExit() -> Corpus {
        let environment = ProcessInfo.processInfo.environment[environmentVariable]
        let directory = environment.map { URL(fileURLWithPath: $0) } ?? defaultDirectory
        do {
            return try load(from: directory)
        } catch {
            let message = """
                WinnowBenchmarks: no benchmark pages at \(directory.path) (\(error.localizedDescription))
                Unpack them from the repository root with
                    mkdir -p .data && tar -xJf ../shared/data/scrapinghub.tar.xz -C .data
                or point \(environmentVariable) at a folder of *.html files.

                """
            FileHandle.standardError.write(Data(message.utf8))
            exit(1)
        }
    }

    /// Reads every `*.html` file of a folder, with URLs from `../gold.json` when present.
    static func load(from directory: URL) throws -> Corpus {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".html") }
            .sorted()
        guard !names.isEmpty else { throw CorpusError.noPages }
        let urls = readURLs(gold: directory.deletingLastPathComponent().appendingPathComponent("gold.json"))
        let pages = try names.map { name in
            let id = String(name.dropLast(".html".count))
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            return Entry(id: id, url: urls[id], bytes: [UInt8](data))
        }
        return Corpus(pages: pages)
    }

    /// Maps page ids to URLs from a gold file shaped `{"<id>": {"url": "…"}, …}`; empty when absent.
    private static func readURLs(gold: URL) -> [String: String] {
        guard let data = try? Data(contentsOf: gold),
              let records = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        var urls: [String: String] = [:]
        for (id, record) in records {
            if let url = (record as? [String: Any])?["url"] as? String { urls[id] = url }
        }
        return urls
    }
}

/// Why the pages could not be read.
enum CorpusError: LocalizedError {
    /// The folder has no `*.html` file.
    case noPages

    var errorDescription: String? { "the folder holds no *.html file" }
}
