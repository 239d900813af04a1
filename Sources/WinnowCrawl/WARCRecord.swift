import Foundation

/// One WARC record: its named header fields and its content block.
///
/// ```swift
/// if record.type == "response", let page = record.htmlPage() { print(page.url ?? "") }
/// ```
public struct WARCRecord: Sendable, Hashable {
    /// The version line, such as `WARC/1.0`.
    public var version: String
    /// Header fields by lower-cased name (`warc-type`, `warc-target-uri`, `content-type`, …).
    public var fields: [String: String]
    /// The content block (for a response record: the HTTP response); empty when it was skipped
    /// for being longer than the reader's maximum.
    public var block: [UInt8]
    /// The block's length as the record declared it.
    public var contentLength: Int
    /// The record's number in its file, counting from 1.
    public var position: Int
    /// Bytes skipped before this record because they did not start one (the tail of a record
    /// whose `Content-Length` was too short, say); 0 in a well-formed file.
    ///
    /// ```swift
    /// if record.skippedBytesBefore > 0 { print("resynchronised at record \(record.position)") }
    /// ```
    public var skippedBytesBefore = 0

    /// Creates a record.
    ///
    /// ```swift
    /// let record = WARCRecord(version: "WARC/1.0", fields: ["warc-type": "response"], block: bytes,
    ///                         contentLength: bytes.count, position: 1)
    /// ```
    public init(version: String, fields: [String: String], block: [UInt8], contentLength: Int, position: Int) {
        self.version = version
        self.fields = fields
        self.block = block
        self.contentLength = contentLength
        self.position = position
    }

    /// `WARC-Type`, lower-cased: `response`, `request`, `warcinfo`, `metadata`, …
    ///
    /// ```swift
    /// record.type // "response"
    /// ```
    public var type: String { fields["warc-type"]?.lowercased() ?? "" }

    /// `WARC-Target-URI`, without the angle brackets some writers add.
    ///
    /// ```swift
    /// record.targetURI // "https://example.com/a"
    /// ```
    public var targetURI: String? {
        fields["warc-target-uri"].map { $0.trimmingCharacters(in: ["<", ">", " "]) }
    }

    /// Whether the block was read in full.
    ///
    /// ```swift
    /// if !record.isComplete { print("record too large, skipped") }
    /// ```
    public var isComplete: Bool { block.count == contentLength }

    /// The page this record holds: a complete `response` record whose HTTP payload is HTML
    /// (by `Content-Type`, else sniffed), de-chunked and gunzipped if it was stored so; `nil` for
    /// any other record or a payload that does not decode within `maximumBodyLength` bytes.
    ///
    /// ```swift
    /// let page = record.htmlPage()
    /// ```
    public func htmlPage(maximumBodyLength: Int = 64 << 20) -> CrawlRecord? {
        guard type == "response", isComplete,
              fields["content-type"]?.lowercased().contains("application/http") ?? true,
              var response = HTTPResponse(parsing: block) else { return nil }
        guard let body = response.decodedBody(maximumLength: maximumBodyLength) else { return nil }
        response.body = body
        guard response.isHTML else { return nil }
        return CrawlRecord(id: fields["warc-record-id"]?.trimmingCharacters(in: ["<", ">", " "]),
                           url: targetURI, content: .htmlBytes(response.body),
                           declaredCharset: response.charset, position: position)
    }
}
