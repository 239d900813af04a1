import Foundation
import WinnowCrawl

/// Any byte stream behind one concrete type, so readers need not be generic over how a source
/// was opened (file or standard input, gzip or not).
struct AnyByteStream: ByteStream {
    private var base: any ByteStream
    /// Bytes handed out before the base stream's, such as a chunk read to sniff the format.
    private var prefix: [UInt8]?

    init(_ base: any ByteStream, prefix: [UInt8]? = nil) {
        self.base = base
        self.prefix = prefix.flatMap { $0.isEmpty ? nil : $0 }
    }

    mutating func nextChunk() throws -> [UInt8]? {
        if let prefix {
            self.prefix = nil
            return prefix
        }
        return try base.nextChunk()
    }

    /// Opens a source for streaming, decompressing gzip (detected by its magic number, not the
    /// name); returns the stream and its first chunk, which the stream still hands out.
    static func open(_ source: InputSource) throws -> (stream: AnyByteStream, head: [UInt8]) {
        var raw: any ByteStream
        switch source {
        case .standardInput: raw = FileByteStream(handle: .standardInput)
        case .file(let path): raw = try FileByteStream(path: path)
        }
        let first = try raw.nextChunk() ?? []
        var stream = AnyByteStream(raw, prefix: first)
        if GzipByteStream<AnyByteStream>.isGzip(first) {
            stream = AnyByteStream(GzipByteStream(stream))
            let head = try stream.nextChunk() ?? []
            return (AnyByteStream(stream, prefix: head), head)
        }
        return (stream, first)
    }
}
