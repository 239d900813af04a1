import Winnow

/// libFuzzer entry: the input as a JSONL stream, a WARC stream and a gzip stream, read to the end
/// with small limits so the length checks are reached.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCrawlReaders(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var jsonl = JSONLRecordReader(MemoryByteStream(bytes, chunkSize: 7), maximumLineLength: 4_096)
    while let result = try? jsonl.next() { _ = result }
    var warc = WARCReader(MemoryByteStream(bytes, chunkSize: 13), maximumBlockLength: 8_192, maximumHeaderLineLength: 512)
    while let record = try? warc.next() { _ = record.htmlPage(maximumBodyLength: 8_192) }
    var gzip = GzipByteStream(MemoryByteStream(bytes, chunkSize: 11))
    var inflated = 0
    while inflated < 1 << 20, let chunk = try? gzip.nextChunk() { inflated += chunk.count }
    return 0
}
