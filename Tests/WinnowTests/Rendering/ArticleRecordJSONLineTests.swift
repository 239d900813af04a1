import Foundation
import Testing
import Winnow

@Suite struct ArticleRecordJSONLineTests {
    private func encoded(_ record: ArticleRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    private func line(_ record: ArticleRecord) -> String {
        var bytes: [UInt8] = []
        record.appendJSON(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func jsonLineMatchesJSONEncoderOnControlCharactersQuotesAndUnicode() throws {
        let controls = String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) })
        let tricky = controls + "\"quote\" back\\slash a/b é 日本 \u{7F} \u{2028} 😀"
        var record = ArticleRecord(Article(title: tricky, metadata: PageMetadata(), blocks: []),
                                   source: "x/y.jsonl:3")
        record.notes = ["cut at \"10\" blocks", tricky]
        record.blocks = [0.0, 1.0, 0.5, 1e-7, 0.1 + 0.2, 0.9999999999999999, 123456789.0, 1e22].map {
            ArticleRecord.Block(text: tricky, kind: "paragraph", decision: "content", score: $0, reason: "r/\\")
        }
        #expect(line(record) == (try encoded(record)))
    }

    @Test func jsonLineMatchesJSONEncoderWithAbsentFields() throws {
        let record = ArticleRecord(Article(title: nil, metadata: PageMetadata(), blocks: []))
        #expect(line(record) == (try encoded(record)))
    }
}
