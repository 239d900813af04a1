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
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` in Unicode Normalization Form C.
    ///
    /// Text that needs normalising is normalised in pieces of about ``pieceBytes`` split before
    /// stable scalars (``NFCQuickCheck/isStable(_:)``), which gives the same result as normalising
    /// it whole: Foundation's normalisation takes quadratic time on long decomposed text on Linux.
    static func nfc(_ text: String) -> String {
        guard !NFCQuickCheck.isNFC(text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let scalars = text.unicodeScalars
        var pieceStart = scalars.startIndex
        var pieceLength = 0
        var index = scalars.startIndex
        func flush(upTo end: String.Index) {
            let piece = String(scalars[pieceStart..<end])
            result += NFCQuickCheck.isNFC(piece) ? piece : piece.precomposedStringWithCanonicalMapping
            pieceStart = end
            pieceLength = 0
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if pieceLength >= pieceBytes && NFCQuickCheck.isStable(scalar) { flush(upTo: index) }
            pieceLength += UTF8.width(scalar)
            index = scalars.index(after: index)
        }
        flush(upTo: scalars.endIndex)
        return result
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

    private static func isKeptControl(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
