/// The escapes of a JSON string (RFC 8259 §7), decoded the same way by ``JSONParser`` (JSON-LD,
/// the model file) and by WinnowCrawl's JSONL reader.
///
/// ```swift
/// JSONEscape.simple(UInt8(ascii: "n"))                       // 0x0A
/// var position = 0
/// Array("00e9".utf8).withUnsafeBufferPointer { JSONEscape.unicodeScalar(in: $0, at: &position) } // "é"
/// ```
package enum JSONEscape {
    /// The byte a two-byte escape `\` + `code` stands for; `nil` for `\u` and invalid escapes.
    @inlinable @inline(__always)
    package static func simple(_ code: UInt8) -> UInt8? {
        switch code {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): code
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }

    /// The scalar of a `\u` escape whose four hexadecimal digits start at `position` (just after
    /// the `u`), with the escaped low surrogate that must follow a high one; `position` moves
    /// past what was read. `nil` for bad digits, an unpaired surrogate or a missing low one.
    @inlinable
    package static func unicodeScalar(in bytes: UnsafeBufferPointer<UInt8>, at position: inout Int) -> Unicode.Scalar? {
        guard let unit = hexUnit(in: bytes, at: &position) else { return nil }
        var value = UInt32(unit)
        if (0xD800..<0xDC00).contains(unit) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
            else { return nil }
            position += 2
            guard let low = hexUnit(in: bytes, at: &position), (0xDC00..<0xE000).contains(low) else { return nil }
            value = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(unit) {
            return nil
        }
        return Unicode.Scalar(value)
    }

    /// Four hexadecimal digits at `position` as a UTF-16 code unit; `position` moves past them.
    @inlinable
    package static func hexUnit(in bytes: UnsafeBufferPointer<UInt8>, at position: inout Int) -> UInt16? {
        guard position + 4 <= bytes.count else { return nil }
        var unit: UInt16 = 0
        for offset in 0..<4 {
            let byte = bytes[position + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt16(digit)
        }
        position += 4
        return unit
    }
}
