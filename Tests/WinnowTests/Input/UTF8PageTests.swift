import Testing
@testable import Winnow

/// A page of UTF-8 bytes (``Page/init(utf8HTML:url:id:)``) reads exactly as the page of the
/// string they decode to.
@Suite struct UTF8PageTests {
    static func decodedAlike(_ bytes: [UInt8], limit: Int = Configuration.Limits().maximumPageBytes) -> Bool {
        var limits = Configuration.Limits()
        limits.maximumPageBytes = limit
        let decoder = PageDecoder(limits: limits)
        let fromBytes = decoder.decode(Page(utf8HTML: bytes))
        let fromString = decoder.decode(Page(html: String(decoding: bytes, as: UTF8.self)))
        return Array(fromBytes.text.utf8) == Array(fromString.text.utf8) && fromBytes.kind == fromString.kind
            && fromBytes.charset == fromString.charset && fromBytes.notes == fromString.notes
    }

    @Test("Plain, control, C1, decomposed and ill-formed bytes decode as their string does", arguments: [
        Array("<p>Hello</p>".utf8), Array("<p>a\u{0}b\u{7}c\td</p>".utf8), Array("<p>a\u{85}b é</p>".utf8),
        Array("<p>Vie\u{0302}\u{0323}t Nam</p>".utf8), [0x3C, 0x70, 0x3E, 0xFF, 0xC3, 0x28, 0xE2, 0x82], [],
        Array(#"<meta charset="iso-8859-1"><p>ASCII only</p>"#.utf8),
    ] as [[UInt8]])
    func decodesLikeTheString(_ bytes: [UInt8]) {
        #expect(Self.decodedAlike(bytes))
    }

    @Test("A page over the byte limit is cut on a character boundary, as its string is")
    func cutAtTheLimit() {
        let bytes = Array("<p>abcé</p>".utf8)
        for limit in 0...bytes.count { #expect(Self.decodedAlike(bytes, limit: limit), "limit \(limit)") }
    }

    @Test("Unchanged valid bytes stay bytes; bytes that need normalising become a string")
    func staysBytesWhenUnchanged() {
        let decoder = PageDecoder(limits: .init())
        guard case .bytes = decoder.decode(Page(utf8HTML: Array("<p>café</p>".utf8))).content else {
            Issue.record("expected bytes")
            return
        }
        guard case .string = decoder.decode(Page(utf8HTML: Array("<p>cafe\u{301}</p>".utf8))).content else {
            Issue.record("expected a string")
            return
        }
    }

    @Test("The article of a UTF-8 page equals the article of its string", arguments: TestParsers.all)
    func extractsAlike(_ parser: Configuration.Parser) {
        var configuration = Configuration()
        configuration.parser = parser
        let html = "<html><head><title>T</title></head><body><nav>Home | About</nav>"
            + "<article><h1>Tiêu đề</h1><p>Một đoạn văn bản khá dài về một chủ đề thú vị, đủ để giữ lại.</p></article></body></html>"
        let extractor = Extractor(configuration: configuration)
        let fromBytes = extractor.extract(Page(utf8HTML: Array(html.utf8), url: "https://example.com/a"))
        let fromString = extractor.extract(Page(html: html, url: "https://example.com/a"))
        #expect(fromBytes.blocks == fromString.blocks)
        #expect(fromBytes.title == fromString.title && fromBytes.notes == fromString.notes)
    }
}
