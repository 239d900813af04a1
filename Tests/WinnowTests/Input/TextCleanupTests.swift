import Foundation
import Testing
@testable import Winnow

@Test func nfdInputComesOutNFC() {
    let nfd = "Vie\u{0302}\u{0323}t Nam"
    let fromString = PageDecoder(limits: .init()).decode(Page(text: nfd))
    let fromBytes = PageDecoder(limits: .init()).decode(Page(bytes: Array(nfd.utf8), kind: .text))
    #expect(Array(fromString.text.unicodeScalars) == Array("Việt Nam".unicodeScalars))
    #expect(Array(fromBytes.text.unicodeScalars) == Array("Việt Nam".unicodeScalars))
}

@Test func nulAndControlBytesBecomeSpaces() {
    let page = PageDecoder(limits: .init()).decode(Page(bytes: [0x61, 0x00, 0x62, 0x07, 0x63, 0x09, 0x64, 0x0A, 0x65, 0x0D]))
    #expect(page.text == "a b c\td\ne\r")
}

@Test func c1ControlsBecomeSpaces() {
    #expect(TextCleanup.replacingControls("a\u{85}b\u{9F}é") == "a b é")
}

@Test func emptyInputDecodesToEmptyText() {
    let page = PageDecoder(limits: .init()).decode(Page(bytes: []))
    #expect(page.text.isEmpty)
    #expect(page.kind == .text)
    #expect(page.charset == "UTF-8")
}

@Test func pageOverTheByteLimitIsCutOnACharacterBoundaryWithANote() {
    var limits = Configuration.Limits()
    limits.maximumPageBytes = 4
    let page = PageDecoder(limits: limits).decode(Page(bytes: Array("abcé".utf8)))
    #expect(page.text == "abc")
    #expect(page.charset == "UTF-8")
    #expect(page.notes.contains { $0.contains("maximumPageBytes") })
    let string = PageDecoder(limits: limits).decode(Page(text: "abcé"))
    #expect(string.text == "abc")
}

@Test func largeInputDecodesInLinearTime() {
    let chunk = Array("<p>Tiếng Việt và English text, café.</p>\n".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(5 << 20)
    while bytes.count < 5 << 20 { bytes += chunk }
    let clock = ContinuousClock()
    let elapsed = clock.measure { _ = PageDecoder(limits: .init()).decode(Page(bytes: bytes)) }
    #expect(elapsed < .seconds(5))
}

@Test func longDecomposedTextIsNormalisedInLinearTime() {
    let nfd = String(repeating: "Tiếng Việt có dấu. ", count: 20_000).decomposedStringWithCanonicalMapping
    let clock = ContinuousClock()
    var result = ""
    let elapsed = clock.measure { result = TextCleanup.nfc(nfd) }
    #expect(result == String(repeating: "Tiếng Việt có dấu. ", count: 20_000))
    #expect(elapsed < .seconds(5))
}

@Test(arguments: [("Việt Nam “quoted” 日本語 한국어", true), ("Vie\u{0302}\u{0323}t", false), ("\u{212B}", false),
                  ("\u{1100}\u{1161}", false), ("plain", true)])
func quickCheckAcceptsOnlyStableText(text: String, isNFC: Bool) {
    #expect(NFCQuickCheck.isNFC(text) == isNFC)
}

@Test func normalisingInWindowsMatchesNormalisingWhole() {
    // Stable and changing scalars mixed at random: marks, Hangul jamo, singletons, exclusions,
    // precomposed letters, CJK, ASCII; the result must equal Foundation's NFC of the whole.
    let pool: [Unicode.Scalar] = ["a", "e", " ", "\n", "\u{301}", "\u{323}", "\u{302}", "\u{1100}", "\u{1161}",
                                  "\u{11A8}", "\u{AC00}", "\u{212B}", "\u{0958}", "\u{0F73}", "\u{1E00}", "\u{E9}",
                                  "\u{65E5}", "\u{FE0F}", "\u{1F600}", "\u{0345}", "\u{05B0}", "\u{0B3E}", "\u{0B47}"]
    var generator = SystemRandomNumberGenerator()
    for length in [1, 2, 5, 50, 5_000, 20_000] {
        for _ in 0..<20 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length { scalars.append(pool[Int.random(in: 0..<pool.count, using: &generator)]) }
            let text = String(scalars)
            let expected = text.precomposedStringWithCanonicalMapping
            let result = TextCleanup.nfc(text)
            #expect(Array(result.utf8) == Array(expected.utf8), "length \(length)")
        }
    }
}

@Test func controlReplacementMatchesAScalarByScalarReading() {
    // Controls, kept white space, C1 controls and other 0xC2 sequences at random word offsets.
    let pool: [Unicode.Scalar] = ["a", " ", "\t", "\n", "\r", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}",
                                  "\u{A0}", "\u{A9}", "\u{E9}", "\u{65E5}", "\u{1F600}"]
    var generator = SystemRandomNumberGenerator()
    for length in [1, 7, 8, 9, 17, 100, 1_000] {
        for _ in 0..<50 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length { scalars.append(pool[Int.random(in: 0..<pool.count, using: &generator)]) }
            let text = String(scalars)
            let expected = String(String.UnicodeScalarView(text.unicodeScalars.map {
                ($0.value < 0x20 && !["\t", "\n", "\r"].contains($0)) || (0x80...0x9F).contains($0.value) ? " " : $0
            }))
            #expect(TextCleanup.replacingControls(text) == expected)
        }
    }
}

@Test func everyScalarOfTheStableRangesPassesThePropertyCheck() {
    // The ranges only skip the property lookup: each scalar in them must be one it calls stable.
    for range in NFCQuickCheck.stableRanges {
        let unstable = range.compactMap(Unicode.Scalar.init).filter(NFCQuickCheck.mayChange)
        #expect(unstable.isEmpty, "\(range): \(unstable.prefix(5).map { String($0.value, radix: 16) })")
    }
}
