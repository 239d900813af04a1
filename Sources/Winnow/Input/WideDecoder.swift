/// Decodes UTF-16 and UTF-32 (either byte order) through the standard library, replacing
/// malformed units with U+FFFD.
///
/// ```swift
/// WideDecoder.decode([0x48, 0x00, 0x69, 0x00][...], as: .utf16LE) // "Hi"
/// ```
///
/// - Complexity: O(*n*).
enum WideDecoder {
    /// Decodes `bytes` (without a byte-order mark); a trailing partial unit is dropped.
    static func decode(_ bytes: ArraySlice<UInt8>, as charset: Charset) -> String {
        switch charset {
        case .utf16LE, .utf16BE:
            let bigEndian = charset == .utf16BE
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = bytes.startIndex
            while index + 1 < bytes.endIndex {
                let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
                units.append(UInt16(high) << 8 | UInt16(low))
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        case .utf32LE, .utf32BE:
            let bigEndian = charset == .utf32BE
            var units: [UInt32] = []
            units.reserveCapacity(bytes.count / 4)
            var index = bytes.startIndex
            while index + 3 < bytes.endIndex {
                let (b0, b1, b2, b3) = (UInt32(bytes[index]), UInt32(bytes[index + 1]),
                                        UInt32(bytes[index + 2]), UInt32(bytes[index + 3]))
                units.append(bigEndian ? b0 << 24 | b1 << 16 | b2 << 8 | b3 : b3 << 24 | b2 << 16 | b1 << 8 | b0)
                index += 4
            }
            return String(decoding: units, as: UTF32.self)
        default:
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
