import Foundation
#if canImport(CoreFoundation)
import CoreFoundation
#endif

/// Decodes multi-byte legacy charsets (Shift_JIS, EUC-JP, EUC-KR, GBK/GB18030, Big5, ISO-2022-JP)
/// through Foundation, by IANA label.
///
/// ```swift
/// FoundationDecoder.decode([0xC7, 0xD1, 0xB1, 0xB9][...], label: "euc-kr") // "한국"
/// ```
enum FoundationDecoder {
    /// The decoded text, or `nil` when Foundation knows no such charset or the bytes do not decode.
    static func decode(_ bytes: ArraySlice<UInt8>, label: String) -> String? {
        guard let encoding = encoding(for: label) else { return nil }
        return String(data: Data(bytes), encoding: encoding)
    }

    /// The `String.Encoding` for an IANA label, through CoreFoundation's registry when available.
    static func encoding(for label: String) -> String.Encoding? {
        #if canImport(CoreFoundation)
        #if canImport(Darwin)
        let name = label as CFString
        #else
        let name = unsafeBitCast(NSString(string: label), to: CFString.self)
        #endif
        let cf = CFStringConvertIANACharSetNameToEncoding(name)
        if cf != kCFStringEncodingInvalidId {
            return String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(cf))
        }
        #endif
        return fallbackEncodings[label]
    }

    /// The `String.Encoding` cases that exist on every platform, by label.
    private static let fallbackEncodings: [String: String.Encoding] = [
        "shift_jis": .shiftJIS, "sjis": .shiftJIS, "x-sjis": .shiftJIS, "windows-31j": .shiftJIS,
        "euc-jp": .japaneseEUC, "iso-2022-jp": .iso2022JP,
    ]
}
