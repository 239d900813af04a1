/// Why a crawl input cannot be read further.
///
/// ```swift
/// do { while let record = try reader.next() { … } }
/// catch let error as CrawlError { print(error) }
/// ```
public enum CrawlError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file cannot be opened.
    case unreadable(String)
    /// The gzip data is corrupt or truncated; the message is zlib's.
    case corruptGzip(String)
    /// The WARC stream does not hold a record where one should start (byte offset given).
    case malformedWARC(offset: Int, reason: String)

    /// The error in words.
    ///
    /// ```swift
    /// CrawlError.unreadable("a.warc").description // "cannot open a.warc"
    /// ```
    public var description: String {
        switch self {
        case .unreadable(let path): return "cannot open \(path)"
        case .corruptGzip(let message): return "corrupt gzip data (\(message))"
        case .malformedWARC(let offset, let reason): return "malformed WARC at byte \(offset): \(reason)"
        }
    }
}
