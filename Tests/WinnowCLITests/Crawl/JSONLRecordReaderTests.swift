import Testing
import WinnowCrawl

/// The streaming JSONL reader: records, blank and bad lines, overlong lines, gzip.
@Suite struct JSONLRecordReaderTests {
    static let input = """
        {"id":1,"url":"https://example.com/a","html":"<p>A</p>"}

        {"id":"b","text":"Title\\n\\nBody"}
        {"id": broken
        {"id":"c"}
        {"id":"d","text":"last line without newline"}
        """

    /// A failed line's number.
    struct LineFailure: Error { var line: Int }

    static func read(_ bytes: [UInt8], chunkSize: Int, maximumLineLength: Int = 1 << 20, gzip: Bool = false)
        throws -> [Result<CrawlRecord, LineFailure>] {
        var results: [Result<CrawlRecord, LineFailure>] = []
        if gzip {
            var reader = JSONLRecordReader(GzipByteStream(MemoryByteStream(bytes, chunkSize: chunkSize)),
                                           maximumLineLength: maximumLineLength)
            while let result = try reader.next() { results.append(result.mapError { LineFailure(line: $0.line) }) }
        } else {
            var reader = JSONLRecordReader(MemoryByteStream(bytes, chunkSize: chunkSize), maximumLineLength: maximumLineLength)
            while let result = try reader.next() { results.append(result.mapError { LineFailure(line: $0.line) }) }
        }
        return results
    }

    @Test(arguments: [1, 3, 4096], [false, true])
    func recordsAndFailuresComeInLineOrder(chunkSize: Int, gzip: Bool) throws {
        let bytes = Array(Self.input.utf8)
        let results = try Self.read(gzip ? Gzip.member(bytes) : bytes, chunkSize: chunkSize, gzip: gzip)
        #expect(results.count == 5)
        let records = results.compactMap { try? $0.get() }
        #expect(records.map(\.id) == ["1", "b", "d"])
        #expect(records.map(\.position) == [1, 3, 6])
        #expect(records.first?.content == .utf8HTML(Array("<p>A</p>".utf8)))
        #expect(records.first?.page.host == "example.com")
        let failures = results.compactMap { if case .failure(let failure) = $0 { failure.line } else { nil } }
        #expect(failures == [4, 5])
    }

    @Test func lineLongerThanTheMaximumIsAFailureAndTheNextLineIsRead() throws {
        let long = #"{"id":"long","text":""# + String(repeating: "x", count: 500) + "\"}\n"
        let bytes = Array((long + #"{"id":"short","text":"ok"}"#).utf8)
        let results = try Self.read(bytes, chunkSize: 16, maximumLineLength: 100)
        #expect(results.count == 2)
        if case .failure(let failure) = results[0] { #expect(failure.line == 1) } else { Issue.record("expected a failure") }
        #expect((try? results[1].get())?.id == "short")
    }
}
