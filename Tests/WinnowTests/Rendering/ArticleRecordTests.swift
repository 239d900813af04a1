import Foundation
import Testing
import Winnow

@Suite struct ArticleRecordTests {
    let article = RenderingFixtures.article([
        RenderingFixtures.kept("Body one.", .paragraph),
        RenderingFixtures.dropped("Home"),
        RenderingFixtures.kept("Body two.", .paragraph),
    ])

    private func json(_ record: ArticleRecord) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(record))
        return try #require(object as? [String: Any])
    }

    @Test func recordHasTheSixFieldsAndTheBodyWithoutTitle() throws {
        let record = try json(ArticleRecord(article, source: "a.html"))
        #expect(Set(record.keys) == ["id", "source", "url", "title", "text", "language"])
        #expect(record["text"] as? String == "Body one.\nBody two.")
        #expect(record["title"] as? String == "Title")
        #expect(record["source"] as? String == "a.html")
    }

    @Test func absentFieldsAreNull() throws {
        let bare = Article(title: nil, metadata: PageMetadata(), blocks: [])
        let record = try json(ArticleRecord(bare))
        #expect(record["title"] is NSNull)
        #expect(record["url"] is NSNull)
    }

    @Test func explainAddsEveryBlockWithReasonInWords() throws {
        let record = try json(ArticleRecord(article, explain: true))
        let blocks = try #require(record["blocks"] as? [[String: Any]])
        #expect(blocks.count == 4)
        #expect(blocks[2]["decision"] as? String == "boilerplate")
        #expect(blocks[2]["reason"] as? String == Reason.linkDensity(1).description)
        #expect(blocks[2]["kind"] as? String == "listItem")
    }

    @Test func recordRoundTripsThroughJSON() throws {
        let record = ArticleRecord(article, source: "a.html", explain: true)
        let decoded = try JSONDecoder().decode(ArticleRecord.self, from: JSONEncoder().encode(record))
        #expect(decoded == record)
    }
}
