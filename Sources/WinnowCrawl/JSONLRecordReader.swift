import Foundation
import Winnow

/// Streams JSON Lines records `{"id","url","html"}` or `{"id","url","text"}` one line at a time.
///
/// Blank lines are skipped. A bad line, or one longer than the maximum, is returned as a
/// ``Failure`` naming its line, and reading goes on. Memory holds one line at a time.
///
/// ```swift
/// var reader = JSONLRecordReader(GzipByteStream(try FileByteStream(path: "pages.jsonl.gz")))
/// while let result = try reader.next() {
///     if case .success(let record) = result { print(record.url ?? "") }
/// }
/// ```
public struct JSONLRecordReader<Source: ByteStream> {
    /// A line that holds no usable record.
    public struct Failure: Error, Sendable, Equatable {
        /// The line, counting from 1.
        public var line: Int
        /// What is wrong, in words.
        public var message: String
    }

    /// The longest line read, in bytes (64 MiB by default); longer lines are failures.
    public var maximumLineLength: Int
    private var reader: ByteReader<Source>
    private var lineNumber = 0
    private let decoder = JSONDecoder()

    /// Reads records from a stream of JSONL bytes.
    ///
    /// ```swift
    /// var reader = JSONLRecordReader(FileByteStream(handle: .standardInput))
    /// ```
    public init(_ source: Source, maximumLineLength: Int = 64 << 20) {
        self.reader = ByteReader(source)
        self.maximumLineLength = maximumLineLength
    }

    /// The next record or failure, or `nil` at the end of the stream.
    ///
    /// ```swift
    /// let next = try reader.next()
    /// ```
    public mutating func next() throws -> Result<CrawlRecord, Failure>? {
        while let line = try reader.readLineSlice(maximumLength: maximumLineLength) {
            lineNumber += 1
            switch line {
            case .tooLong(let length):
                return .failure(Failure(line: lineNumber, message: "line of \(length) bytes is longer than \(maximumLineLength); skipped"))
            case .line(let bytes):
                let trimmed = bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
                if trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                return decode(trimmed)
            }
        }
        return nil
    }

    private func decode(_ bytes: ArraySlice<UInt8>) -> Result<CrawlRecord, Failure> {
        let flat = bytes.withUnsafeBufferPointer { Fields(flat: JSONLFlatObject($0, utf8Key: "html")) }
        guard let fields = flat ?? (try? decoder.decode(Fields.self, from: Data(bytes))) else {
            return .failure(Failure(line: lineNumber,
                message: #"invalid JSONL record (expected a JSON object with "html" or "text"); skipped"#))
        }
        let content: CrawlRecord.Content
        if let html = fields.html {
            content = .utf8HTML(html)
        } else if let text = fields.text {
            content = .text(text)
        } else {
            return .failure(Failure(line: lineNumber, message: #"record has neither "html" nor "text"; skipped"#))
        }
        var record = CrawlRecord(id: fields.id, url: fields.url, content: content, position: lineNumber)
        record.knownCheck = KnownCleanupCheck(fields.check)
        return .success(record)
    }

    /// One line's fields; a numeric `id` is read as its decimal string, the HTML as UTF-8 bytes.
    private struct Fields: Decodable {
        var id: String?
        var url: String?
        var html: [UInt8]?
        var text: String?
        /// The check the fast reading made of `html` while validating it.
        var check: CleanupCheck?

        private enum CodingKeys: String, CodingKey { case id, url, html, text }

        /// The fields of a flat object, or `nil` when `JSONDecoder` must decide (a field of
        /// another type, which it would reject).
        init?(flat object: JSONLFlatObject?) {
            guard let object else { return nil }
            func string(_ key: String) -> String?? {
                switch object.values[key] {
                case nil, .null: .some(nil)
                case .string(let value): .some(value)
                default: nil
                }
            }
            switch object.values["id"] {
            case .integer(let number): id = String(number)
            default:
                guard let value = string("id") else { return nil }
                id = value
            }
            guard let url = string("url"), let text = string("text") else { return nil }
            switch object.values["html"] {
            case nil, .null: html = nil
            case .utf8(let bytes, let check):
                html = bytes
                self.check = check
            default: return nil
            }
            self.url = url
            self.text = text
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let number = try? container.decodeIfPresent(Int.self, forKey: .id) {
                id = String(number)
            } else {
                id = try container.decodeIfPresent(String.self, forKey: .id)
            }
            url = try container.decodeIfPresent(String.self, forKey: .url)
            html = try container.decodeIfPresent(String.self, forKey: .html).map { Array($0.utf8) }
            text = try container.decodeIfPresent(String.self, forKey: .text)
        }
    }
}
