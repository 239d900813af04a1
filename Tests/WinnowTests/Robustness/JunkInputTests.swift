import Testing
import Winnow

/// Pages that are not pages: empty, blank, binary, NUL bytes, broken UTF-8. Each gives an
/// article (usually empty), never a crash, and never control characters in the text.
@Suite struct JunkInputTests {
    static let kinds: [Page.Kind] = [.automatic, .html, .text]

    static let junk: [(name: String, bytes: [UInt8])] = [
        ("empty", []),
        ("whitespace", Array(" \n\t\r\n   \u{A0}\u{3000}\n".utf8)),
        ("random bytes", HostileInput.randomBytes(count: 64 << 10, seed: 42)),
        ("PNG header and junk", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + HostileInput.randomBytes(count: 16 << 10, seed: 7)),
        ("PDF header and junk", Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj\n<< /Type /Catalog >>\nstream\n".utf8)
            + HostileInput.randomBytes(count: 16 << 10, seed: 9)),
        ("NUL bytes only", [UInt8](repeating: 0, count: 4_096)),
    ]

    @Test(arguments: junk.indices, kinds)
    func junkGivesAnArticleWithoutControlCharacters(index: Int, kind: Page.Kind) {
        for parser in HostileInput.parsers {
            let article = HostileInput.extract(Self.junk[index].bytes, kind: kind, parser: parser)
            #expect(HostileInput.isFreeOfControls(article.text), "\(Self.junk[index].name), \(kind), \(parser)")
        }
    }

    @Test(arguments: HostileInput.parsers)
    func nulBytesInsideTextAreDroppedAndTheTextKept(parser: Configuration.Parser) {
        let html = HostileInput.page(body: "<p>\(HostileInput.prose.replacingOccurrences(of: " budget ", with: " bud\u{0}get "))</p>")
        let article = HostileInput.extract(Array(html.utf8), parser: parser)
        #expect(article.text.contains("approved the new bud"))
        #expect(article.text.contains("get on Tuesday"))
        #expect(HostileInput.isFreeOfControls(article.text))
    }

    @Test(arguments: HostileInput.parsers)
    func nulBytesInADecodedStringAreNotPassedThrough(parser: Configuration.Parser) {
        var configuration = Configuration()
        configuration.parser = parser
        let html = HostileInput.page(body: "<p>\(HostileInput.prose)\u{0}\u{0}</p>")
        let article = Extractor(configuration: configuration).extract(Page(html: html))
        #expect(article.text.contains("old market hall"))
        #expect(HostileInput.isFreeOfControls(article.text))
    }

    /// A lead byte whose continuation bytes are missing (mid-text and at the very end) is one
    /// bad character, not a reason to decode the whole UTF-8 page as windows-1252.
    @Test(arguments: HostileInput.parsers)
    func truncatedUTF8SequencesLeaveTheRestReadable(parser: Configuration.Parser) {
        let text = "Tiếng Việt có dấu: người dân đã được thông báo về ngân sách mới của thành phố."
        var bytes = Array(HostileInput.page(body: "<p>\(text) \(HostileInput.prose)</p><p>Ends").utf8)
        let cut = bytes.firstIndex(of: UInt8(ascii: ":")) ?? 0
        bytes.insert(contentsOf: [0xE1, 0xBB], at: cut)  // first two bytes of a three-byte "ệ"
        bytes += [0xF0, 0x9F]  // truncated emoji at the end of the file
        let article = HostileInput.extract(bytes, parser: parser)
        #expect(article.text.contains("người dân đã được thông báo"))
        #expect(!article.text.contains("Ã"))
    }
}
