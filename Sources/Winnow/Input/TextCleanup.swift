import Foundation

/// Makes decoded text safe and canonical: C0 controls (but tab, line feed and carriage return)
/// and C1 controls become spaces, and the text is NFC-normalised.
///
/// ```swift
/// TextCleanup.replacingControls("a\u{0}b")         // "a b"
/// TextCleanup.nfc("Vie\u{0302}\u{0323}t")            // "Việt"
/// ```
///
/// - Complexity: O(*n*); text with no scalar at or above U+0300 skips normalisation (such text is
///   already NFC), and text with no control skips the copy.
enum TextCleanup {
    /// `text` with controls turned into spaces.
    static func replacingControls(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { ($0 < 0x20 && !isKeptControl($0)) || $0 == 0xC2 }) else { return text }
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
    static func nfc(_ text: String) -> String {
        // UTF-8 lead bytes below 0xCC encode only scalars below U+0300, which never decompose
        // or combine; such text is NFC as it stands.
        guard text.utf8.contains(where: { $0 >= 0xCC }) else { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    private static func isKeptControl(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
