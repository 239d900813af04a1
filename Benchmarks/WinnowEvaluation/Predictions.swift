import Foundation

/// Texts another tool predicted, read from JSONL: one `{"id": …, "text": …}` object per line.
///
/// Blank lines are skipped; a `null` or missing `text` is an empty prediction; a later line for
/// the same id replaces an earlier one.
///
/// ```swift
/// let predictions = try Predictions(file: URL(fileURLWithPath: "trafilatura.jsonl"))
/// predictions.texts["001"] // "First paragraph…"
/// ```
public struct Predictions: Sendable {
    /// Predicted text by page id.
    public var texts: [String: String]

    /// Creates predictions from texts by id.
    ///
    /// ```swift
    /// let predictions = Predictions(texts: ["001": "Text"])
    /// ```
    public init(texts: [String: String]) {
        self.texts = texts
    }

    /// Reads a JSONL file.
    ///
    /// ```swift
    /// let predictions = try Predictions(file: fileURL)
    /// ```
    public init(file: URL) throws {
        let data = try Data(contentsOf: file)
        texts = [:]
        for (index, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }) else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let id = object["id"] as? String else {
                throw DatasetError.badPredictionLine(file.path, index + 1)
            }
            texts[id] = object["text"] as? String ?? ""
        }
    }
}
