import Foundation

/// A source of bytes read chunk by chunk: a file, standard input, or a decompressor over another
/// stream. Readers built on it hold one chunk at a time, so memory does not grow with input size.
///
/// ```swift
/// var stream = try FileByteStream(path: "crawl.warc")
/// while let chunk = try stream.nextChunk() { consume(chunk) }
/// ```
public protocol ByteStream {
    /// The next bytes, or `nil` at the end; never an empty array.
    ///
    /// ```swift
    /// let chunk = try stream.nextChunk()
    /// ```
    mutating func nextChunk() throws -> [UInt8]?
}

/// Reads a file or standard input in fixed-size chunks.
///
/// ```swift
/// var file = try FileByteStream(path: "pages.jsonl")
/// var stdin = FileByteStream(handle: .standardInput)
/// ```
public struct FileByteStream: ByteStream {
    /// The size of each read, in bytes.
    public static let defaultChunkSize = 1 << 16

    private let handle: FileHandle
    private let chunkSize: Int
    /// Bytes read so far (before any decompression), for progress reports.
    public private(set) var bytesRead = 0

    /// Opens a file for reading.
    ///
    /// ```swift
    /// let stream = try FileByteStream(path: "crawl.warc.gz")
    /// ```
    public init(path: String, chunkSize: Int = FileByteStream.defaultChunkSize) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CrawlError.unreadable(path)
        }
        self.init(handle: handle, chunkSize: chunkSize)
    }

    /// Reads from an open handle such as `FileHandle.standardInput`.
    ///
    /// ```swift
    /// let stream = FileByteStream(handle: .standardInput)
    /// ```
    public init(handle: FileHandle, chunkSize: Int = FileByteStream.defaultChunkSize) {
        self.handle = handle
        self.chunkSize = max(1, chunkSize)
    }

    /// The next chunk of the file, or `nil` at its end.
    ///
    /// ```swift
    /// let chunk = try stream.nextChunk()
    /// ```
    public mutating func nextChunk() throws -> [UInt8]? {
        // Read straight into the array (no Data in between), up to a full chunk or the end as
        // FileHandle does; should the system call fail before any byte, FileHandle reads
        // instead, so its error is the one reported.
        let descriptor = handle.fileDescriptor
        let size = chunkSize
        var failed = false
        let chunk = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < size {
                let got = read(descriptor, base + count, size - count)
                if got > 0 {
                    count += got
                } else if got == 0 {
                    break
                } else if errno != EINTR {
                    failed = count == 0
                    break
                }
            }
        }
        if failed {
            let data = try handle.read(upToCount: chunkSize) ?? Data()
            if data.isEmpty { return nil }
            bytesRead += data.count
            return [UInt8](data)
        }
        if chunk.isEmpty { return nil }
        bytesRead += chunk.count
        return chunk
    }
}

/// A stream over bytes already in memory, handed out in chunks (for tests and small inputs).
///
/// ```swift
/// var stream = MemoryByteStream(Array("{\"html\":\"<p>x</p>\"}\n".utf8))
/// ```
public struct MemoryByteStream: ByteStream {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var offset = 0

    /// Creates a stream over `bytes`, handing out at most `chunkSize` bytes at a time.
    ///
    /// ```swift
    /// let stream = MemoryByteStream(bytes, chunkSize: 7)
    /// ```
    public init(_ bytes: [UInt8], chunkSize: Int = FileByteStream.defaultChunkSize) {
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    /// The next chunk, or `nil` at the end.
    ///
    /// ```swift
    /// let chunk = try stream.nextChunk()
    /// ```
    public mutating func nextChunk() throws -> [UInt8]? {
        guard offset < bytes.count else { return nil }
        let end = min(bytes.count, offset + chunkSize)
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}
