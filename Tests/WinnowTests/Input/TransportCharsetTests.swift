import Testing
import Winnow

@Suite("Transport-declared charsets")
struct TransportCharsetTests {
    /// "Việt" in windows-1258: V, i, ê (0xEA), combining dot below (0xF2), t.
    static let vietBytes: [UInt8] = Array("<html><body><p>".utf8) + [0x56, 0x69, 0xEA, 0xF2, 0x74] + Array("</p></body></html>".utf8)

    @Test("An HTTP charset decodes bytes whose page declares nothing")
    func transportCharsetUsed() {
        let page = Page(bytes: Self.vietBytes, kind: .html, declaredCharset: "windows-1258")
        let segmented = Extractor().segment(page)
        #expect(segmented.charset.lowercased() == "windows-1258")
        #expect(segmented.blocks.first?.text == "Việt")
    }

    @Test("Valid UTF-8 wins over a transport charset that lies")
    func utf8WinsOverLyingTransport() {
        let page = Page(bytes: Array("<p>Việt Nam</p>".utf8), kind: .html, declaredCharset: "iso-8859-1")
        #expect(Extractor().segment(page).blocks.first?.text == "Việt Nam")
    }
}
