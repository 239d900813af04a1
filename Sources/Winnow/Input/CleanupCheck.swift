/// One pass over UTF-8 text that tells ``PageDecoder`` what ``TextCleanup`` has to do with it:
/// whether it is well-formed at all, holds a control to replace, or a scalar NFC may change.
/// The same answers as ``UTF8Survey/isValid(_:)``, ``TextCleanup/replacingControls(_:)-([UInt8])``
/// finding a control and ``TextCleanup/nfc(_:)-([UInt8])`` finding a scalar to normalise,
/// from one read of the bytes instead of three.
///
/// ```swift
/// let check = Array("a\u{0}é".utf8).withUnsafeBufferPointer(CleanupCheck.init)
/// check?.hasControl        // true
/// check?.mayChangeUnderNFC // false
/// ```
///
/// - Complexity: O(*n*); sixteen or eight bytes at a time are passed when all are ASCII and none
///   is below 0x20.
package struct CleanupCheck: Sendable, Hashable {
    /// A C0 control other than tab, line feed and carriage return, or a C1 control.
    package private(set) var hasControl = false
    /// A scalar that NFC may change (``NFCQuickCheck/isStable(_:)`` is false for it).
    package private(set) var mayChangeUnderNFC = false

    /// The check of `bytes`; `nil` when they are not well-formed UTF-8.
    package init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        func unusual(at index: Int) -> UInt64 { Self.unusualBytes(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) }
        var index = 0
        while index < bytes.count {
            // Sixteen plain bytes at a time, with one branch.
            while index + 16 <= bytes.count, unusual(at: index) | unusual(at: index + 8) == 0 { index += 16 }
            guard index < bytes.count else { break }
            if index + 8 <= bytes.count, unusual(at: index) == 0 {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                if lead < 0x20 && !TextCleanup.isKeptControl(lead) { hasControl = true }
                index += 1
                continue
            }
            let length = UTF8Survey.sequenceLength(bytes, at: index)
            guard length > 0 else { return nil }
            if lead == 0xC2 && bytes[index + 1] <= 0x9F { hasControl = true }  // C1: U+0080–U+009F
            // Lead bytes below 0xCC encode scalars below U+0300, which NFC never changes.
            if lead >= 0xCC && !mayChangeUnderNFC && !NFCQuickCheck.isStable(Self.scalar(bytes, at: index, length: length)) {
                mayChangeUnderNFC = true
            }
            index += length
        }
    }

    /// High bits of the bytes of `word` that are 0x80 or more, and (without false negatives) of
    /// those below 0x20; zero when all are plain ASCII.
    @inline(__always)
    private static func unusualBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        return (word | ((word &- ones &* 0x20) & ~word)) & (ones &* 0x80)
    }

    /// The scalar of the well-formed sequence of `length` bytes at `index`.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
        var value = UInt32(bytes[index] & (0x7F >> length))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
