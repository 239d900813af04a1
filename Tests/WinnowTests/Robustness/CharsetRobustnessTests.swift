import Foundation
import Testing
import Winnow

/// Declared charsets that lie, wide encodings, legacy Vietnamese, and decomposed text: the
/// article comes out readable and in NFC whatever the bytes claimed.
@Suite struct CharsetRobustnessTests {
    static let vietnamese = "Người dân Hà Nội đã được thông báo về kế hoạch xây dựng cầu mới bắc qua sông Hồng trong năm tới."

    @Test func utf8BytesUnderALatin1DeclarationAreReadAsUTF8() {
        let html = HostileInput.page(body: "<p>\(Self.vietnamese)</p><p>\(HostileInput.prose)</p>",
                                     head: "<meta charset=\"iso-8859-1\">")
        let article = HostileInput.extract(Array(html.utf8))
        #expect(article.text.contains("Người dân Hà Nội"))
    }

    @Test func latin1BytesUnderAUTF8DeclarationAreNotGarbled() throws {
        let french = "Le conseil municipal a approuvé le budget après un long débat sur les écoles et les rues."
        let html = HostileInput.page(body: "<p>\(french)</p><p>\(HostileInput.prose)</p>", head: "<meta charset=\"utf-8\">")
        let bytes = try #require(html.data(using: .isoLatin1))
        let article = HostileInput.extract([UInt8](bytes))
        #expect(article.text.contains("approuvé le budget après un long débat"))
        #expect(!article.text.contains("\u{FFFD}"))
    }

    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func utf16WithAByteOrderMarkIsDecoded(encoding: String.Encoding) throws {
        let html = HostileInput.page(body: "<p>\(Self.vietnamese)</p><p>\(HostileInput.prose)</p>")
        let bom: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        let bytes = bom + [UInt8](try #require(html.data(using: encoding)))
        let article = HostileInput.extract(bytes)
        #expect(article.text.contains("Người dân Hà Nội"))
    }

    /// windows-1258 writes Vietnamese tones as combining marks after a base letter.
    @Test func windows1258VietnameseIsDecodedToNFC() {
        // "Người dân Việt Nam" in windows-1258: ư = 0xFD, ờ = ơ(0xF5) + grave (0xCC), ệ = ê(0xEA) + dot below (0xF2).
        let body: [UInt8] = Array("<p>Ng".utf8) + [0xFD, 0xF5, 0xCC] + Array("i d".utf8) + [0xE2] + Array("n Vi".utf8)
            + [0xEA, 0xF2] + Array("t Nam. \(HostileInput.prose)</p>".utf8)
        let bytes = Array("<html><head><meta charset=\"windows-1258\"><title>t</title></head><body>".utf8) + body
            + Array("</body></html>".utf8)
        let article = HostileInput.extract(bytes)
        #expect(article.text.contains("Người dân Việt Nam"))
    }

    @Test(arguments: HostileInput.parsers)
    func decomposedVietnameseComesOutEqualToItsComposedForm(parser: Configuration.Parser) {
        let nfd = Self.vietnamese.decomposedStringWithCanonicalMapping
        #expect(Array(nfd.unicodeScalars) != Array(Self.vietnamese.unicodeScalars))
        let html = HostileInput.page(body: "<p>\(nfd)</p><p>\(HostileInput.prose)</p>")
        let article = HostileInput.extract(Array(html.utf8), parser: parser)
        let composed = Self.vietnamese
        #expect(article.text.unicodeScalars.elementsEqual(article.text.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(article.text.contains(composed))
    }
}
