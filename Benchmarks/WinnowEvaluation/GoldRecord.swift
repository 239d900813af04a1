import Foundation

/// The fields of one `gold.json` record the benchmark uses.
///
/// ```swift
/// let record = GoldRecord(articleBody: "First paragraph.", url: "https://example.com/a")
/// record.articleBody // "First paragraph."
/// ```
public struct GoldRecord: Sendable, Hashable {
    /// The expected article text; empty when the record has none.
    public var articleBody: String
    /// The page's URL, when the record has a string one.
    public var url: String?
    /// The page's host, when the record has a string one.
    public var host: String?

    /// Creates a record.
    ///
    /// ```swift
    /// let record = GoldRecord(articleBody: "Text", host: "example.com")
    /// ```
    public init(articleBody: String, url: String? = nil, host: String? = nil) {
        self.articleBody = articleBody
        self.url = url
        self.host = host
    }

    /// Reads a `gold.json` file: an object of records by id.
    ///
    /// ```swift
    /// let gold = try GoldRecord.load(from: directory.appendingPathComponent("gold.json"))
    /// ```
    public static func load(from file: URL) throws -> [String: GoldRecord] {
        let data = try Data(contentsOf: file)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw DatasetError.notAnObject(file.path)
        }
        var records: [String: GoldRecord] = [:]
        for (id, value) in object {
            let fields = value as? [String: Any] ?? [:]
            records[id] = GoldRecord(articleBody: fields["articleBody"] as? String ?? "",
                                     url: nonEmpty(fields["url"]), host: nonEmpty(fields["host"]))
        }
        return records
    }

    private static func nonEmpty(_ value: Any?) -> String? {
        guard let text = value as? String, !text.isEmpty else { return nil }
        return text
    }
}

/// Why a dataset or prediction file could not be read.
///
/// ```swift
/// throw DatasetError.notAnObject("gold.json")
/// ```
public enum DatasetError: Error, CustomStringConvertible {
    /// The file's top level is not a JSON object.
    case notAnObject(String)
    /// A JSONL line is not an object with a string `id` (file, 1-based line).
    case badPredictionLine(String, Int)

    /// A one-line explanation.
    ///
    /// ```swift
    /// print(DatasetError.notAnObject("gold.json")) // "gold.json: not a JSON object"
    /// ```
    public var description: String {
        switch self {
        case .notAnObject(let path): "\(path): not a JSON object"
        case .badPredictionLine(let path, let line): "\(path):\(line): expected {\"id\": string, \"text\": string}"
        }
    }
}
