import Foundation

/// Streams the records of a WARC file (`.warc`, or `.warc.gz` through ``GzipByteStream``),
/// holding one record at a time.
///
/// A block longer than ``maximumBlockLength`` is skipped without being held (the record comes
/// back with an empty ``WARCRecord/block``). Bytes that do not start a record (left by a record
/// whose `Content-Length` is too short, say) are skipped up to the next `WARC/` version line;
/// the record after them tells how many in ``WARCRecord/skippedBytesBefore``. Such bytes at the
/// very end of the stream end it with ``CrawlError/malformedWARC(offset:reason:)``.
///
/// ```swift
/// var reader = WARCReader(GzipByteStream(try FileByteStream(path: "crawl.warc.gz")))
/// while let record = try reader.next() {
///     if let page = record.htmlPage() { print(page.url ?? "", page.declaredCharset ?? "") }
/// }
/// ```
public struct WARCReader<Source: ByteStream> {
    /// The longest block read, in bytes (64 MiB by default).
    public var maximumBlockLength: Int
    /// The longest header line, in bytes.
    public var maximumHeaderLineLength: Int
    private var reader: ByteReader<Source>
    private var position = 0

    /// Reads records from a stream of (decompressed) WARC bytes.
    ///
    /// ```swift
    /// var reader = WARCReader(try FileByteStream(path: "crawl.warc"))
    /// ```
    public init(_ source: Source, maximumBlockLength: Int = 64 << 20, maximumHeaderLineLength: Int = 1 << 16) {
        self.reader = ByteReader(source)
        self.maximumBlockLength = maximumBlockLength
        self.maximumHeaderLineLength = maximumHeaderLineLength
    }

    /// The next record, or `nil` at the end of the stream.
    ///
    /// ```swift
    /// let record = try reader.next()
    /// ```
    public mutating func next() throws -> WARCRecord? {
        var versionLine: String?
        var skipped = 0
        var skippedFrom = 0
        while versionLine == nil {
            let start = reader.offset
            guard let line = try reader.readLine(maximumLength: maximumHeaderLineLength) else {
                guard skipped == 0 else {
                    throw CrawlError.malformedWARC(offset: skippedFrom,
                                                   reason: "\(skipped) bytes after the last record are not a record")
                }
                return nil
            }
            switch line {
            case .tooLong:
                if skipped == 0 { skippedFrom = start }
                skipped += reader.offset - start
            case .line(let bytes):
                let text = Self.text(bytes)
                if text.hasPrefix("WARC/") {
                    versionLine = text
                } else if !text.isEmpty || skipped > 0 {
                    // Blank lines between records are the format's separators, not junk.
                    if skipped == 0 { skippedFrom = start }
                    skipped += reader.offset - start
                }
            }
        }
        position += 1
        var fields: [String: String] = [:]
        while true {
            let start = reader.offset
            guard let line = try reader.readLine(maximumLength: maximumHeaderLineLength),
                  case .line(let bytes) = line else {
                throw CrawlError.malformedWARC(offset: start, reason: "header ends early or has an overlong line")
            }
            let text = Self.text(bytes)
            if text.isEmpty { break }
            guard let colon = text.firstIndex(of: ":") else { continue }
            fields[text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] =
                text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard let length = fields["content-length"].flatMap({ Int($0) }), length >= 0 else {
            throw CrawlError.malformedWARC(offset: reader.offset, reason: "record without a valid Content-Length")
        }
        let block: [UInt8]
        if length > maximumBlockLength {
            _ = try reader.skip(count: length)
            block = []
        } else {
            block = try reader.read(count: length)
            guard block.count == length else {
                throw CrawlError.malformedWARC(offset: reader.offset, reason: "truncated record block")
            }
        }
        var record = WARCRecord(version: versionLine ?? "", fields: fields, block: block, contentLength: length, position: position)
        record.skippedBytesBefore = skipped
        return record
    }

    /// A header line as text, without its trailing `\r`.
    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.last == 0x0D ? bytes.dropLast() : bytes[...], as: UTF8.self)
    }
}
