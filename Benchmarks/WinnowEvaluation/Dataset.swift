import Foundation

/// A benchmark dataset on disk: `html/<id>.html` pages and `gold.json`, an object of
/// `{id: {"articleBody": …, "url": …, "host": …, …}}`.
///
/// Pages are listed in the order of their ids. A gold record without its HTML file is reported in
/// ``missingHTML`` and left out; extra fields of a record are ignored; `null` and non-string
/// values count as absent.
///
/// ```swift
/// let dataset = try Dataset(directory: URL(fileURLWithPath: "../main/.data/readability"))
/// for page in dataset.pages { print(page.id, page.html.count, page.gold.articleBody.count) }
/// ```
public struct Dataset: Sendable {
    /// The dataset's name: its directory's last path component.
    public var name: String
    /// The pages with both HTML and gold, by id.
    public var pages: [DatasetPage]
    /// Ids with a gold record but no HTML file.
    public var missingHTML: [String]

    /// Loads a dataset directory.
    ///
    /// ```swift
    /// let dataset = try Dataset(directory: directoryURL)
    /// ```
    public init(directory: URL) throws {
        name = directory.standardizedFileURL.lastPathComponent
        let gold = try GoldRecord.load(from: directory.appendingPathComponent("gold.json"))
        let html = directory.appendingPathComponent("html")
        pages = []
        missingHTML = []
        for id in gold.keys.sorted() {
            guard let record = gold[id] else { continue }
            let file = html.appendingPathComponent("\(id).html")
            if let data = FileManager.default.contents(atPath: file.path) {
                pages.append(DatasetPage(id: id, html: [UInt8](data), gold: record))
            } else {
                missingHTML.append(id)
            }
        }
    }

    /// The gold records only, by id (what `score` needs).
    ///
    /// ```swift
    /// let golds = dataset.goldByID["001"]?.articleBody
    /// ```
    public var goldByID: [String: GoldRecord] {
        Dictionary(pages.map { ($0.id, $0.gold) }, uniquingKeysWith: { first, _ in first })
    }
}

/// One page of a ``Dataset``: its raw HTML and its gold record.
///
/// ```swift
/// let page = DatasetPage(id: "001", html: Array("<p>Hi</p>".utf8), gold: GoldRecord(articleBody: "Hi"))
/// ```
public struct DatasetPage: Sendable {
    /// The page's id (its file name without `.html`).
    public var id: String
    /// The page's bytes as stored.
    public var html: [UInt8]
    /// What the page should yield.
    public var gold: GoldRecord

    /// Creates a page.
    ///
    /// ```swift
    /// let page = DatasetPage(id: "a", html: [], gold: GoldRecord(articleBody: ""))
    /// ```
    public init(id: String, html: [UInt8], gold: GoldRecord) {
        self.id = id
        self.html = html
        self.gold = gold
    }
}
