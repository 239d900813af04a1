import Testing
@testable import Winnow

@Test func utf16LittleEndianBOMDecodes() {
    let bytes: [UInt8] = [0xFF, 0xFE] + Array("Việt".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let page = PageDecoder(limits: .init()).decode(Page(bytes: bytes))
    #expect(page.text == "Việt")
    #expect(page.charset == "UTF-16LE")
}

@Test func utf16BigEndianBOMDecodes() {
    let bytes: [UInt8] = [0xFE, 0xFF] + Array("<p>Hi".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    let page = PageDecoder(limits: .init()).decode(Page(bytes: bytes))
    #expect(page.text == "<p>Hi")
    #expect(page.charset == "UTF-16BE")
}

@Test func utf32LittleEndianBOMDecodes() {
    let bytes: [UInt8] = [0xFF, 0xFE, 0x00, 0x00] + "Ω1".unicodeScalars.flatMap { scalar in
        (0..<4).map { UInt8((scalar.value >> (8 * $0)) & 0xFF) }
    }
    let page = PageDecoder(limits: .init()).decode(Page(bytes: bytes))
    #expect(page.text == "Ω1")
    #expect(page.charset == "UTF-32LE")
}

@Test func utf8BOMIsDroppedAndOverridesMeta() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"<html><meta charset="koi8-r"><p>é"#.utf8)
    let page = PageDecoder(limits: .init()).decode(Page(bytes: bytes))
    #expect(page.text == #"<html><meta charset="koi8-r"><p>é"#)
    #expect(page.kind == .html)
}
