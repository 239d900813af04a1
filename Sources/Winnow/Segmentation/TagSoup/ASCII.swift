import Foundation

/// Byte-level helpers for the tag-soup tokenizer and the libxml2 walk.
enum ASCII {
    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let slash = UInt8(ascii: "/")
    static let bang = UInt8(ascii: "!")
    static let question = UInt8(ascii: "?")
    static let equals = UInt8(ascii: "=")
    static let quote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")

    static func isLetter(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z")
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    /// Tab, line feed, vertical tab, form feed, carriage return or space: the ASCII characters
    /// for which `Character.isWhitespace` holds (``isSpace(_:)`` is HTML's set, without the
    /// vertical tab).
    static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// Whether every byte is below 0x80, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index + 8 <= bytes.count {
            if UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// Whether `text` contains `needle`, as Foundation's `contains` answers; when both are ASCII
    /// (nothing to compose or decompose) by comparing bytes, without Foundation's cost.
    static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text, needle = needle
        let found: Bool? = text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard isASCII(haystack), isASCII(pattern) else { return nil }
                guard !pattern.isEmpty, pattern.count <= haystack.count else { return false }
                return (0...(haystack.count - pattern.count)).contains { start in
                    haystack[start..<(start + pattern.count)].elementsEqual(pattern)
                }
            }
        }
        return found ?? text.contains(needle)
    }

    static func lowercased(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: bytes.lazy.map(lower), as: UTF8.self)
    }
}
