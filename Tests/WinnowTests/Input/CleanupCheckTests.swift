import Testing
@testable import Winnow

/// ``CleanupCheck`` answers as the three separate passes it replaces.
@Suite struct CleanupCheckTests {
    /// Pieces that exercise every branch: ASCII, kept and replaced controls, C1 controls, a
    /// no-break space, a stable accent, combining marks, Hangul jamo, a singleton, ill-formed bytes.
    static let pieces: [[UInt8]] = [
        Array("plain ascii text ".utf8), [0x0A], [0x09], [0x00], [0x1F], [0xC2, 0x85], [0xC2, 0xA0], Array("é".utf8),
        Array("e\u{301}".utf8), Array("\u{1100}\u{1161}".utf8), Array("\u{212B}".utf8), Array("Việt".utf8),
        [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xE2, 0x82], Array("😀".utf8),
    ]

    static func expectAgreement(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let check = bytes.withUnsafeBufferPointer(CleanupCheck.init)
        let valid = bytes.withUnsafeBufferPointer(UTF8Survey.isValid)
        #expect((check != nil) == valid, "\(bytes)", sourceLocation: sourceLocation)
        guard let check else { return }
        #expect(check.hasControl == (TextCleanup.replacingControls(bytes) != bytes), "\(bytes)", sourceLocation: sourceLocation)
        let normalised: Bool = if case .string = TextCleanup.nfc(bytes) { true } else { false }
        #expect(check.mayChangeUnderNFC == normalised, "\(bytes)", sourceLocation: sourceLocation)
    }

    @Test("Each piece alone, and after seven ASCII bytes (the eight-byte path)")
    func singlePieces() {
        for piece in Self.pieces {
            Self.expectAgreement(piece)
            Self.expectAgreement(Array("abcdefg".utf8) + piece + Array("abcdefgh".utf8))
        }
    }

    @Test("Pseudo-random strings of pieces")
    func randomStrings() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(state % 12) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes += Self.pieces[Int(state >> 33) % Self.pieces.count]
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            Self.expectAgreement(bytes)
        }
    }
}
