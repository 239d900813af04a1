/// A conservative, fast test for text that is already in Unicode Normalization Form C.
///
/// Answers `true` only when no scalar can change under NFC: none is a combining mark, a conjoining
/// Hangul jamo, or one of the code points NFC always replaces (singletons such as U+212B ANGSTROM SIGN,
/// CJK compatibility ideographs, composition exclusions). Text that fails the test is normalised
/// by Foundation; text that passes (nearly all published text) is not copied.
///
/// ```swift
/// NFCQuickCheck.isNFC("Việt")                // true
/// NFCQuickCheck.isNFC("Vie\u{0302}\u{0323}t") // false
/// ```
///
/// - Complexity: O(*n*); scalars below U+0300 are checked by comparison alone.
enum NFCQuickCheck {
    static func isNFC(_ text: String) -> Bool {
        if let result = text.utf8.withContiguousStorageIfAvailable(isNFC(utf8:)) { return result }
        return text.unicodeScalars.allSatisfy(isStable)
    }

    /// UTF-8 lead bytes below 0xCC encode only scalars below U+0300, which never change, and
    /// continuation bytes are below 0xC0: only scalars whose lead byte is 0xCC or more are decoded.
    /// Eight bytes at a time are skipped when none of them is 0xC0 or more.
    private static func isNFC(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // A byte has its top two bits set (is 0xC0 or more) when bit 7 and bit 6 are both one.
                if word & (word << 1) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead < 0xCC {
                index += 1
                continue
            }
            let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard index + width <= bytes.count else { return false }
            var value = UInt32(lead & (0x7F >> width))
            for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            guard let scalar = Unicode.Scalar(value), isStable(scalar) else { return false }
            index += width
        }
        return true
    }

    /// Whether NFC leaves `scalar` as it is and never combines it with the scalar before it; text
    /// can be normalised in pieces split before such scalars.
    static func isStable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 || stableRanges.contains(where: { $0.contains(value) }) { return true }
        return !mayChange(scalar)
    }

    /// Blocks common in text whose every scalar is stable, checked before the property lookup:
    /// Cyrillic letters (but the combining marks U+0483–U+0489), Vietnamese precomposed letters,
    /// general punctuation, kana (but the voicing marks), CJK ideographs, Hangul syllables.
    static let stableRanges: [ClosedRange<UInt32>] = [
        0x0400...0x0482, 0x048A...0x052F, 0x1E00...0x1EFF, 0x2002...0x20CF, 0x3040...0x3098, 0x309B...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3,
    ]

    static func mayChange(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if changingRanges.contains(where: { $0.contains(value) }) { return true }
        let properties = scalar.properties
        if properties.canonicalCombiningClass != .notReordered { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Conjoining jamo and the code points with NFC_Quick_Check = No that are not marks.
    private static let changingRanges: [ClosedRange<UInt32>] = [
        0x0340...0x0344, 0x0374...0x0374, 0x037E...0x037E, 0x0387...0x0387, 0x0958...0x095F,
        0x09DC...0x09DF, 0x0A33...0x0A36, 0x0A59...0x0A5E, 0x0B5C...0x0B5D, 0x0F43...0x0FB9,
        0x1100...0x11FF, 0x1F71...0x1FFD, 0x2000...0x2001, 0x2126...0x2126, 0x212A...0x212B,
        0x2329...0x232A, 0x2ADC...0x2ADC, 0xF900...0xFAFF, 0xFB1D...0xFB4E, 0x1D15E...0x1D1C0,
        0x2F800...0x2FA1D,
    ]
}
