import Testing
@testable import Winnow

@Suite("Scalar classes read without Unicode property lookups")
struct ScalarClassTests {
    @Test func unicodeWhitespaceMatchesThePropertyForEveryScalar() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if BlockText.isUnicodeWhitespace(scalar) != scalar.properties.isWhitespace {
                Issue.record("U+\(String(value, radix: 16)) differs")
            }
        }
    }

    @Test(arguments: [
        [UInt8]("plain ascii text, long enough".utf8), Array("Việt Nam 😀 e\u{301}".utf8), [0xC3, 0x28], [0xE2, 0x82],
        [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], Array("abcdefgh\u{FFFF}".utf8) + [0xFF], [],
    ])
    func utf8ValidityMatchesTheStandardLibrary(bytes: [UInt8]) {
        let valid = bytes.withUnsafeBufferPointer(UTF8Survey.isValid)
        #expect(valid == (String(validating: bytes, as: UTF8.self) != nil))
    }
}
