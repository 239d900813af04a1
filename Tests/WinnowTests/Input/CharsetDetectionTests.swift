import Testing
@testable import Winnow

/// Decodes bytes as a page of unknown kind with default limits.
private func decode(_ bytes: [UInt8]) -> DecodedPage {
    PageDecoder(limits: .init()).decode(Page(bytes: bytes))
}

private func html(_ head: String, _ body: [UInt8]) -> [UInt8] {
    Array("<html><head>\(head)</head><body><p>".utf8) + body + Array("</p></body></html>".utf8)
}

@Test func plainUTF8WithoutDeclarationDecodesAsUTF8() {
    let page = decode(Array("<p>Xin chào Việt Nam</p>".utf8))
    #expect(page.text == "<p>Xin chào Việt Nam</p>")
    #expect(page.charset == "UTF-8")
    #expect(page.notes.isEmpty)
}

@Test func declaredLatin1ButUTF8BytesDecodeAsUTF8WithNote() {
    let page = decode(html(#"<meta charset="iso-8859-1">"#, Array("Tiếng Việt".utf8)))
    #expect(page.text.contains("Tiếng Việt"))
    #expect(page.charset == "UTF-8")
    #expect(page.notes.contains { $0.contains("windows-1252") && $0.contains("UTF-8") })
}

@Test func declaredWindows1258ButUTF8BytesDecodeAsUTF8() {
    let page = decode(html(#"<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">"#, Array("Việt".utf8)))
    #expect(page.text.contains("Việt"))
    #expect(page.charset == "UTF-8")
}

@Test func declaredUTF8ButLatin1BytesFallBackToWindows1252() {
    let page = decode(html(#"<meta charset="utf-8">"#, [0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94]))
    #expect(page.text.contains("café “ok”"))
    #expect(page.charset == "windows-1252")
    #expect(page.notes.contains { $0.contains("declares UTF-8") })
}

@Test func undeclaredInvalidUTF8FallsBackToWindows1252() {
    let page = decode([0x4E, 0x61, 0xEF, 0x76, 0x65])
    #expect(page.text == "Naïve")
    #expect(page.charset == "windows-1252")
}

@Test func latin1LabelMeansWindows1252() {
    let page = decode(html(#"<meta charset="latin1">"#, [0x80, 0x35]))
    #expect(page.text.contains("€5"))
    #expect(page.charset == "windows-1252")
}

@Test func windows1258VietnameseBytesEqualTheNFCString() {
    // "Tiếng Việt có dấu": ê + combining acute, ê + combining dot below, …
    let body: [UInt8] = [0x54, 0x69, 0xEA, 0xEC, 0x6E, 0x67, 0x20, 0x56, 0x69, 0xEA, 0xF2, 0x74, 0x20,
                         0x63, 0xF3, 0x20, 0x64, 0xE2, 0xEC, 0x75]
    let page = PageDecoder(limits: .init()).decode(Page(bytes: html(#"<meta charset="windows-1258">"#, body), kind: .html))
    #expect(page.charset == "windows-1258")
    #expect(page.text.contains("Tiếng Việt có dấu"))
    #expect(page.text.unicodeScalars.allSatisfy { $0.value < 0x300 || $0.value > 0x36F })
}

@Test(arguments: [
    ("windows-1251", [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2] as [UInt8], "Привет"),
    ("koi8-r", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], "Привет"),
    ("windows-1250", [0x5A, 0x61, 0xBF, 0xF3, 0xB3, 0xE6], "Zażółć"),
    ("iso-8859-2", [0x67, 0xEA, 0xB6, 0x6C, 0xB1], "gęślą"),
    ("iso-8859-15", [0xA4, 0x75, 0x72, 0x6F, 0x20, 0xBD, 0x75, 0x76, 0x72, 0x65], "€uro œuvre"),
])
func declaredSingleByteCharsetsDecodeThroughTheirTables(label: String, body: [UInt8], expected: String) {
    let page = decode(html("<meta charset=\(label)>", body))
    #expect(page.charset == label)
    #expect(page.text.contains(expected))
}

@Test func xmlDeclarationEncodingIsRead() {
    let page = decode(Array(#"<?xml version="1.0" encoding="KOI8-R"?><p>"#.utf8) + [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4])
    #expect(page.charset == "koi8-r")
    #expect(page.text.hasSuffix("Привет"))
}

@Test func shiftJISGoesThroughFoundation() {
    let page = decode(html(#"<meta charset="Shift_JIS">"#, [0x93, 0xFA, 0x96, 0x7B]))
    #expect(page.text.contains("日本"))
    #expect(page.charset == "shift_jis")
}

@Test func unknownCharsetFallsBackToLossyUTF8() {
    let page = decode(html(#"<meta charset="x-no-such-charset">"#, [0x61, 0xFF, 0x62]))
    #expect(page.charset == "UTF-8")
    #expect(page.text.contains("a\u{FFFD}b"))
    #expect(!page.notes.isEmpty)
}

@Test func mostlyValidUTF8WithAStrayByteStaysUTF8() {
    let page = decode(Array("Việt Nam và thế giới ".utf8) + [0xFF])
    #expect(page.charset == "UTF-8")
    #expect(page.text.hasPrefix("Việt Nam và thế giới"))
}
