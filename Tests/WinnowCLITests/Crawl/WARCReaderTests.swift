import Foundation
import Testing
import WinnowCrawl

/// The WARC reader on files written by ``WARCWriter``: plain and gzipped, read in odd-sized chunks.
@Suite struct WARCReaderTests {
    static let records: [WARCWriter.Record] = [
        .info,
        .request(uri: "https://example.com/a"),
        .response(uri: "https://example.com/a", httpContentType: "text/html; charset=windows-1251",
                  body: "<html><body><p>First page</p></body></html>"),
        .response(uri: "https://example.com/logo.png", httpContentType: "image/png", body: "\u{89}PNG"),
        .response(uri: "<https://other.example/b>", httpContentType: nil,
                  body: "<!DOCTYPE html><html><body><p>Second page</p></body></html>"),
    ]

    /// Every record of a stream, reading `chunkSize` bytes at a time.
    static func read(_ bytes: [UInt8], gzip: Bool, chunkSize: Int) throws -> [WARCRecord] {
        var records: [WARCRecord] = []
        if gzip {
            var reader = WARCReader(GzipByteStream(MemoryByteStream(bytes, chunkSize: chunkSize)))
            while let record = try reader.next() { records.append(record) }
        } else {
            var reader = WARCReader(MemoryByteStream(bytes, chunkSize: chunkSize))
            while let record = try reader.next() { records.append(record) }
        }
        return records
    }

    @Test(arguments: [false, true], [7, 4096])
    func everyRecordIsReadAndOnlyHTMLResponsesArePages(gzip: Bool, chunkSize: Int) throws {
        let bytes = gzip ? WARCWriter.gzipped(Self.records) : WARCWriter.plain(Self.records)
        let records = try Self.read(bytes, gzip: gzip, chunkSize: chunkSize)
        #expect(records.map(\.type) == ["warcinfo", "request", "response", "response", "response"])
        #expect(records.map(\.position) == [1, 2, 3, 4, 5])
        let pages = records.compactMap { $0.htmlPage() }
        #expect(pages.map(\.url) == ["https://example.com/a", "https://other.example/b"])
        #expect(pages.map(\.declaredCharset) == ["windows-1251", nil])
        #expect(pages.map(\.position) == [3, 5])
        guard case .htmlBytes(let body)? = pages.first?.content else {
            Issue.record("expected HTML bytes")
            return
        }
        #expect(String(decoding: body, as: UTF8.self) == "<html><body><p>First page</p></body></html>")
    }

    @Test func blockLongerThanTheMaximumIsSkippedAndReadingGoesOn() throws {
        let bytes = WARCWriter.plain(Self.records)
        var reader = WARCReader(MemoryByteStream(bytes, chunkSize: 5), maximumBlockLength: 40)
        var records: [WARCRecord] = []
        while let record = try reader.next() { records.append(record) }
        #expect(records.count == 5)
        #expect(records.map(\.isComplete) == [true, true, false, false, false])
        #expect(records.compactMap { $0.htmlPage() }.isEmpty)
    }

    @Test func bytesThatAreNotAWARCRecordAreAnError() {
        var reader = WARCReader(MemoryByteStream(Array("<html>not a warc</html>\n".utf8)))
        #expect(throws: CrawlError.self) { try reader.next() }
    }

    @Test(arguments: [7, 4096])
    func junkBetweenRecordsIsSkippedUpToTheNextRecord(chunkSize: Int) throws {
        let first = WARCWriter.plain([Self.records[2]])
        let second = WARCWriter.plain([Self.records[4]])
        let junk = Array("tail of a record whose length was too short\r\n</html>\r\n".utf8)
        var reader = WARCReader(MemoryByteStream(first + junk + second, chunkSize: chunkSize))
        var records: [WARCRecord] = []
        while let record = try reader.next() { records.append(record) }
        #expect(records.map(\.skippedBytesBefore) == [0, junk.count])
        #expect(records.compactMap { $0.htmlPage()?.url } == ["https://example.com/a", "https://other.example/b"])
    }

    @Test func junkAfterTheLastRecordIsAnErrorAfterTheRecordsBeforeIt() throws {
        var reader = WARCReader(MemoryByteStream(WARCWriter.plain([Self.records[2]]) + Array("junk\n".utf8)))
        #expect(try reader.next()?.type == "response")
        #expect(throws: CrawlError.self) { try reader.next() }
    }

    @Test func truncatedGzipIsAnError() throws {
        let bytes = WARCWriter.gzipped(Self.records)
        var stream = GzipByteStream(MemoryByteStream(Array(bytes.dropLast(3))))
        #expect(throws: CrawlError.self) { while try stream.nextChunk() != nil {} }
    }

    @Test func truncatedBlockIsAnError() throws {
        let bytes = WARCWriter.plain([Self.records[2]])
        var reader = WARCReader(MemoryByteStream(Array(bytes.prefix(bytes.count - 20))))
        #expect(throws: CrawlError.self) { try reader.next() }
    }

    @Test func httpHeaderCharsetIsReadUnquotedAndLowerCased() {
        let response = HTTPResponse(parsing: Array("HTTP/1.0 200 OK\nContent-Type: text/html; Charset=\"Shift_JIS\"\n\nx".utf8))
        #expect(response?.charset == "shift_jis")
        #expect(response?.mediaType == "text/html")
        #expect(response?.body == [UInt8(ascii: "x")])
    }
}

/// Payloads stored with a transfer or content coding.
@Suite struct HTTPPayloadTests {
    static func response(headers: String, body: [UInt8]) -> HTTPResponse? {
        HTTPResponse(parsing: Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\(headers)\r\n".utf8) + body)
    }

    @Test func chunkedBodyIsJoined() {
        let body = Array("5\r\n<p>Hi\r\n6;ext=1\r\n there\r\n0\r\n\r\n".utf8)
        let response = Self.response(headers: "Transfer-Encoding: chunked\r\n", body: body)
        #expect(response?.decodedBody(maximumLength: 1000) == Array("<p>Hi there".utf8))
    }

    @Test func gzipContentEncodingIsDecompressed() {
        let response = Self.response(headers: "Content-Encoding: gzip\r\n", body: Gzip.member(Array("<p>zipped</p>".utf8)))
        #expect(response?.decodedBody(maximumLength: 1000) == Array("<p>zipped</p>".utf8))
        #expect(response?.decodedBody(maximumLength: 5) == nil)
    }

    @Test func unknownContentEncodingIsNotAPage() {
        let response = Self.response(headers: "Content-Encoding: br\r\n", body: [1, 2, 3])
        #expect(response?.decodedBody(maximumLength: 1000) == nil)
    }

    @Test func truncatedChunkIsNotAPage() {
        let response = Self.response(headers: "Transfer-Encoding: chunked\r\n", body: Array("ff\r\nshort".utf8))
        #expect(response?.decodedBody(maximumLength: 1000) == nil)
    }
}
