internal import CZlib

/// Decompresses a gzip stream as it is read, including multi-member gzip (each WARC record
/// compressed on its own, members concatenated), with the system zlib.
///
/// Output comes in chunks of at most ``outputChunkSize`` bytes however well the input compresses,
/// so memory stays bounded. This is the only file that touches zlib: no zlib pointer outlives a call.
///
/// ```swift
/// var stream = GzipByteStream(try FileByteStream(path: "crawl.warc.gz"))
/// while let chunk = try stream.nextChunk() { consume(chunk) }
/// ```
public struct GzipByteStream<Base: ByteStream>: ByteStream {
    /// The most bytes one ``nextChunk()`` returns.
    public static var outputChunkSize: Int { 1 << 16 }

    private var base: Base
    private let inflater = Inflater()
    private var input: [UInt8] = []
    private var inputOffset = 0
    private var baseEnded = false
    /// Whether the last member ended and the next byte starts a new member (or the end).
    private var betweenMembers = false

    /// Wraps a stream of gzip bytes.
    ///
    /// ```swift
    /// let stream = GzipByteStream(MemoryByteStream(gzippedBytes))
    /// ```
    public init(_ base: Base) {
        self.base = base
    }

    /// Whether bytes start with the gzip magic number.
    ///
    /// ```swift
    /// GzipByteStream<MemoryByteStream>.isGzip([0x1F, 0x8B, 8]) // true
    /// ```
    public static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: [0x1F, 0x8B])
    }

    /// The next decompressed bytes, or `nil` at the end of the last member.
    ///
    /// ```swift
    /// let chunk = try stream.nextChunk()
    /// ```
    public mutating func nextChunk() throws -> [UInt8]? {
        var output: [UInt8] = []
        while output.isEmpty {
            if inputOffset >= input.count {
                if baseEnded { break }
                guard let chunk = try base.nextChunk() else {
                    baseEnded = true
                    if !betweenMembers && inflater.started { throw CrawlError.corruptGzip("truncated") }
                    break
                }
                input = chunk
                inputOffset = 0
            }
            if betweenMembers {
                try inflater.reset()
                betweenMembers = false
            }
            let step = try input.withUnsafeBufferPointer { buffer in
                try inflater.inflate(buffer, from: inputOffset, outputLimit: Self.outputChunkSize)
            }
            inputOffset += step.consumed
            output += step.output
            if step.memberEnded { betweenMembers = true }
        }
        return output.isEmpty ? nil : output
    }
}

/// Owns one zlib inflate state; every pointer into Swift memory is cleared before a call returns.
private final class Inflater {
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private var initialized = false
    /// Whether any input has been given to the current member.
    private(set) var started = false

    struct Step {
        var consumed: Int
        var output: [UInt8]
        var memberEnded: Bool
    }

    init() {
        stream.initialize(to: z_stream())
    }

    deinit {
        if initialized { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Starts a new member.
    func reset() throws {
        if initialized, inflateReset(stream) != Z_OK { throw CrawlError.corruptGzip("cannot reset") }
        started = false
    }

    /// Inflates from `input[offset...]` until the input is used, the output limit is reached,
    /// or the member ends.
    func inflate(_ input: UnsafeBufferPointer<UInt8>, from offset: Int, outputLimit: Int) throws -> Step {
        if !initialized {
            // 15 window bits + 16: expect a gzip header and trailer.
            let status = inflateInit2_(stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
            guard status == Z_OK else { throw CrawlError.corruptGzip("inflateInit failed (\(status))") }
            initialized = true
        }
        guard let base = input.baseAddress, offset < input.count else { return Step(consumed: 0, output: [], memberEnded: false) }
        started = true
        var output = [UInt8](repeating: 0, count: outputLimit)
        let available = input.count - offset
        let status = output.withUnsafeMutableBufferPointer { out -> Int32 in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: base + offset)
            stream.pointee.avail_in = UInt32(clamping: available)
            stream.pointee.next_out = out.baseAddress
            stream.pointee.avail_out = UInt32(clamping: out.count)
            let status = CZlib.inflate(stream, Z_NO_FLUSH)
            stream.pointee.next_in = nil
            stream.pointee.next_out = nil
            return status
        }
        let consumed = available - Int(stream.pointee.avail_in)
        output.removeLast(Int(stream.pointee.avail_out))
        switch status {
        case Z_OK, Z_BUF_ERROR:
            if consumed == 0 && output.isEmpty && status == Z_BUF_ERROR {
                throw CrawlError.corruptGzip("no progress")
            }
            return Step(consumed: consumed, output: output, memberEnded: false)
        case Z_STREAM_END:
            return Step(consumed: consumed, output: output, memberEnded: true)
        default:
            let message = stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(status)"
            throw CrawlError.corruptGzip(message)
        }
    }
}
