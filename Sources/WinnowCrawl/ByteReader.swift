import Foundation

/// Buffered reading over a ``ByteStream``: lines and exact byte counts, holding at most one
/// line (capped) or one read request plus one chunk in memory.
///
/// ```swift
/// var reader = ByteReader(MemoryByteStream(Array("a\nb\n".utf8)))
/// while case .line(let bytes)? = try reader.readLine(maximumLength: 1 << 20) { print(bytes.count) }
/// ```
public struct ByteReader<Source: ByteStream> {
    /// One line read by ``readLine(maximumLength:)``.
    public enum Line: Equatable, Sendable {
        /// The line's bytes, without the `\n` (a `\r` before it is kept).
        case line([UInt8])
        /// A line longer than the maximum, skipped; its length in bytes.
        case tooLong(Int)
    }

    private var source: Source
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false
    /// Bytes consumed so far: the offset of the next byte.
    public private(set) var offset = 0

    /// Reads from a stream.
    ///
    /// ```swift
    /// var reader = ByteReader(try FileByteStream(path: "pages.jsonl"))
    /// ```
    public init(_ source: Source) {
        self.source = source
    }

    /// Appends the next chunk, dropping consumed bytes first; false at the end of the stream.
    private mutating func fill() throws -> Bool {
        guard !ended, let chunk = try source.nextChunk() else {
            ended = true
            return false
        }
        if start > 0 {
            // Move the unread bytes to the front in place: the buffer keeps its capacity, so it
            // is not reallocated (and its pages faulted in again) for every line.
            let unread = buffer.count - start
            buffer.withUnsafeMutableBytes { bytes in
                guard let base = bytes.baseAddress, unread > 0 else { return }
                base.copyMemory(from: base + start, byteCount: unread)
            }
            buffer.removeLast(start)
            start = 0
        }
        buffer.append(contentsOf: chunk)
        return true
    }

    /// The next line, or `nil` at the end. A last line without `\n` is still returned.
    ///
    /// ```swift
    /// let line = try reader.readLine(maximumLength: 64 << 20)
    /// ```
    public mutating func readLine(maximumLength: Int) throws -> Line? {
        switch try readLineSlice(maximumLength: maximumLength) {
        case .line(let bytes)?: .line(Array(bytes))
        case .tooLong(let length)?: .tooLong(length)
        case nil: nil
        }
    }

    /// One line read by ``readLineSlice(maximumLength:)``: its bytes still in the buffer.
    enum LineSlice {
        case line(ArraySlice<UInt8>)
        case tooLong(Int)
    }

    /// ``readLine(maximumLength:)`` without copying the line out of the buffer: the slice is
    /// valid until the next read (dropping it first keeps the buffer from being copied).
    mutating func readLineSlice(maximumLength: Int) throws -> LineSlice? {
        var scanned = 0
        var skipped = 0
        while true {
            if let newline = Self.newline(in: buffer, from: start + scanned) {
                let line = buffer[start..<newline]
                offset += newline + 1 - start
                start = newline + 1
                if skipped > 0 || line.count > maximumLength { return .tooLong(skipped + line.count) }
                return .line(line)
            }
            scanned = buffer.count - start
            if scanned > maximumLength {
                skipped += scanned
                offset += scanned
                start = buffer.count
                scanned = 0
            }
            guard try fill() else { break }
        }
        guard start < buffer.count || skipped > 0 else { return nil }
        let line = buffer[start...]
        offset += line.count
        start = buffer.count
        return skipped > 0 || line.count > maximumLength ? .tooLong(skipped + line.count) : .line(line)
    }

    /// The index of the first `\n` at or after `from`, found with `memchr`.
    private static func newline(in buffer: [UInt8], from: Int) -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            guard from < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + from, 0x0A, bytes.count - from) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Up to `count` bytes: fewer only at the end of the stream.
    ///
    /// ```swift
    /// let block = try reader.read(count: contentLength)
    /// ```
    public mutating func read(count: Int) throws -> [UInt8] {
        while buffer.count - start < count, try fill() {}
        let end = min(buffer.count, start + max(0, count))
        defer { offset += end - start; start = end }
        return Array(buffer[start..<end])
    }

    /// Skips up to `count` bytes without keeping them; returns how many were skipped.
    ///
    /// ```swift
    /// let skipped = try reader.skip(count: hugeRecordLength)
    /// ```
    public mutating func skip(count: Int) throws -> Int {
        var remaining = max(0, count)
        while remaining > 0 {
            if start >= buffer.count, !(try fill()) { break }
            let step = min(remaining, buffer.count - start)
            start += step
            offset += step
            remaining -= step
        }
        return count - remaining
    }
}
