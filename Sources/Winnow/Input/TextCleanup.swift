import Foundation

/// Makes decoded text safe and canonical: C0 controls (but tab, line feed and carriage return)
/// and C1 controls become spaces, and the text is NFC-normalised.
///
/// ```swift
/// TextCleanup.replacingControls("a\u{0}b")         // "a b"
/// TextCleanup.nfc("Vie\u{0302}\u{0323}t")            // "Việt"
/// ```
///
/// - Complexity: O(*n*); text that passes ``NFCQuickCheck`` skips normalisation, and text with
///   no control skips the copy.
enum TextCleanup {
    /// `text` with controls turned into spaces.
    static func replacingControls(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.withContiguousStorageIfAvailable(hasControl(buffer:)) ?? hasControl(Array(utf8)) else { return text }
        return String(decoding: replacedControls(utf8), as: UTF8.self)
    }

    /// UTF-8 `bytes` with controls turned into spaces (still well-formed when they were).
    static func replacingControls(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer(hasControl(buffer:)) ? replacedControls(bytes) : bytes
    }

    /// The copy of UTF-8 `utf8` with its controls turned into spaces.
    private static func replacedControls<C: Collection<UInt8>>(_ utf8: C) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte < 0x20 && !isKeptControl(byte) {
                output.append(0x20)
            } else if previous == 0xC2 && byte >= 0x80 && byte <= 0x9F {
                output[output.count - 1] = 0x20  // C1 control U+0080–U+009F
                previous = 0x20
                continue
            } else {
                output.append(byte)
            }
            previous = byte
        }
        return output
    }

    /// `text` in Unicode Normalization Form C.
    ///
    /// Only windows around scalars that may change are normalised, each from the last stable
    /// scalar before them (``NFCQuickCheck/isStable(_:)``) to the next one, nearby windows joined
    /// up to about ``pieceBytes``; the stable text between is copied. This gives the same result
    /// as normalising the text whole, as NFC never reorders or composes across a stable scalar,
    /// and keeps Foundation's cost small (its normalisation takes quadratic time on long
    /// decomposed text on Linux).
    static func nfc(_ text: String) -> String {
        var source = text
        return source.withUTF8(normalisedWindows) ?? text
    }

    /// Valid UTF-8 `bytes` in Unicode Normalization Form C: the bytes as they are when no scalar
    /// may change, else a `String` (see ``nfc(_:)-(String)``).
    static func nfc(_ bytes: [UInt8]) -> UTF8Text {
        bytes.withUnsafeBufferPointer(normalisedWindows).map(UTF8Text.string) ?? .bytes(bytes)
    }

    /// The NFC form of valid UTF-8 `bytes`, or `nil` when they hold no scalar that may change.
    private static func normalisedWindows(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = bytes.baseAddress else { return nil }
        var result = ""
        var changed = false
        var copied = 0
        var stableStart = 0
        var window: Range<Int>?
        func flushWindow() {
            guard let pending = window else { return }
            result += String(decoding: UnsafeBufferPointer(rebasing: bytes[copied..<pending.lowerBound]), as: UTF8.self)
            let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[pending]), as: UTF8.self)
            result += piece.precomposedStringWithCanonicalMapping
            copied = pending.upperBound
            window = nil
        }
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let high: UInt64 = 0x8080_8080_8080_8080
                // No byte of 0xC0 or more: every scalar starting here is ASCII (stable).
                if word & (word << 1) & high == 0 {
                    let ascii = ~word & high
                    if ascii != 0 { stableStart = index + (63 - ascii.leadingZeroBitCount) / 8 }
                    index += 8
                    continue
                }
            }
            guard let (scalar, width) = Self.decodeScalar(in: bytes, at: index) else {
                index += 1
                continue
            }
            if NFCQuickCheck.isStable(scalar) {
                stableStart = index
                index += width
                continue
            }
            // A scalar that may change: its window runs from the last stable scalar to the next.
            var end = index + width
            while end < bytes.count {
                guard let (next, nextWidth) = Self.decodeScalar(in: bytes, at: end) else {
                    end += 1
                    continue
                }
                if NFCQuickCheck.isStable(next) { break }
                end += nextWidth
            }
            let start = max(stableStart, window?.upperBound ?? copied)
            if !changed {
                changed = true
                result.reserveCapacity(bytes.count)
            }
            if let pending = window, end - pending.lowerBound <= pieceBytes {
                window = pending.lowerBound..<end
            } else {
                flushWindow()
                window = start..<end
            }
            index = end
        }
        guard changed else { return nil }
        flushWindow()
        result += String(decoding: UnsafeBufferPointer(rebasing: bytes[copied...]), as: UTF8.self)
        return result
    }

    /// The scalar starting at `index` and its width; `nil` on a continuation byte or a sequence
    /// cut short (valid UTF-8 has neither at a scalar boundary).
    private static func decodeScalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        guard lead >= 0xC0 else { return nil }
        let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + width <= bytes.count else { return nil }
        var value = UInt32(lead & (0x7F >> width))
        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, width)
    }

    /// Size of the pieces normalised at once. An implementation bound, not a threshold: any size
    /// gives the same text; this one keeps Foundation's per-piece cost small.
    static let pieceBytes = 4_096

    /// Whether UTF-8 `bytes` hold a C0 control other than tab, line feed and carriage return, or a
    /// C1 control (0xC2 then 0x80–0x9F): text with none (no-break spaces and `©` included, whose
    /// lead byte is also 0xC2) is returned as it is, without the copy.
    private static func hasControl<C: RandomAccessCollection<UInt8>>(_ bytes: C) -> Bool where C.Index == Int {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x20 && !isKeptControl(byte) { return true }
            if byte == 0xC2, index + 1 < bytes.endIndex, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9F { return true }
            index += 1
        }
        return false
    }

    /// ``hasControl(_:)`` over contiguous bytes, skipping eight at a time those with no byte below
    /// 0x20 and no 0xC2 (the lead byte of every C1 control).
    private static func hasControl(buffer bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high = ones &* 0x80
            // High bit set (without false negatives) in a byte below 0x20, or in one equal to 0xC2.
            let controls = (word &- ones &* 0x20) & ~word & high
            let c2 = word ^ (ones &* 0xC2)
            if (controls | ((c2 &- ones) & ~c2 & high)) == 0 {
                index += 8
                continue
            }
            let end = min(bytes.count, index + 8)
            while index < end {
                let byte = bytes[index]
                if byte < 0x20 && !isKeptControl(byte) { return true }
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9F { return true }
                index += 1
            }
        }
        return hasControl(bytes[index...])
    }

    static func isKeptControl(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
