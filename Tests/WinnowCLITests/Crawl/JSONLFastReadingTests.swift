import Foundation
import Testing
import Winnow
import WinnowCrawl

/// The flat-object fast reading of JSONL lines agrees with `JSONDecoder` on every line kind.
@Suite struct JSONLFastReadingTests {
    static func read(_ line: String) throws -> Result<CrawlRecord, JSONLRecordReader<MemoryByteStream>.Failure>? {
        var reader = JSONLRecordReader(MemoryByteStream(Array(line.utf8), chunkSize: 4096))
        return try reader.next()
    }

    @Test("Escapes, surrogate pairs and raw UTF-8 decode as JSON says", arguments: [
        (#"{"html":"a\"b\\c\/d\n\t\u00e9\ud83d\ude00 ü"}"#, "a\"b\\c/d\n\té😀 ü"),
        (#"{ "id" : -12 , "html" : "" , "url" : null }"#, ""),
        (#"{"html":"x","extra":true,"more":1}"#, "x"),
        (#"{"html":"x","nested":{"a":[1,2.5]}}"#, "x"),
    ])
    func decodesLikeJSON(_ pair: (String, String)) throws {
        let record = try #require(try Self.read(pair.0)?.get())
        #expect(record.content == .utf8HTML(Array(pair.1.utf8)))
    }

    @Test("The html's cleanup check is made while reading it, as the page decoder would make it",
          arguments: [#"{"html":"<p>caf\u00e9 \u0001</p>"}"#, #"{"html":"<p>e\u0301</p>"}"#, #"{"html":"<p>plain</p>"}"#])
    func cleanupCheckTravelsWithThePage(line: String) throws {
        let record = try #require(try Self.read(line)?.get())
        guard case .utf8HTML(let html) = record.content else { Issue.record("not utf8HTML"); return }
        let expected = try #require(html.withUnsafeBufferPointer(CleanupCheck.init))
        #expect(record.page.knownCheck.check == expected)
        var changed = record.page
        changed.content = .utf8(Array("<p>other</p>".utf8))
        #expect(changed.knownCheck.check == nil)
    }

    @Test("Numeric ids read as decimal strings, big ones fail as in JSONDecoder")
    func numericIds() throws {
        #expect(try Self.read(#"{"id":42,"text":"t"}"#)?.get().id == "42")
        #expect(try Self.read(#"{"id":-0,"text":"t"}"#)?.get().id == "0")
        let big = try #require(try Self.read(#"{"id":123456789012345678901234,"text":"t"}"#))
        #expect((try? big.get()) == nil)
    }

    @Test("Lines JSONDecoder rejects are failures", arguments: [
        #"{"id":true,"text":"t"}"#, #"{"url":5,"text":"t"}"#, #"{"text":"t"} x"#, #"{"text":"a\qb"}"#,
        #"{"text":"\ud800"}"#, "{\"text\":\"a\u{1}b\"}", #"["text"]"#, #"{"text":"t""#,
    ])
    func rejectedLines(_ line: String) throws {
        let result = try #require(try Self.read(line))
        #expect((try? result.get()) == nil)
    }

    @Test("Invalid UTF-8 in a string reads as JSONDecoder reads it", arguments: [
        [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xC3, 0xA9, 0xE2, 0x82, 0xAC],
    ] as [[UInt8]])
    func invalidUTF8(_ inner: [UInt8]) throws {
        let line = Array(#"{"html":"a"#.utf8) + inner + Array(#"b"}"#.utf8)
        var reader = JSONLRecordReader(MemoryByteStream(line, chunkSize: 4096))
        let result = try #require(try reader.next())
        let expected = (try? JSONDecoder().decode([String: String].self, from: Data(line)))?["html"]
        #expect((try? result.get())?.content == expected.map { .utf8HTML(Array($0.utf8)) })
    }
}
