/// Folds text for comparison: lower-case, diacritics removed (đ → d), digits and punctuation
/// dropped, white space collapsed to single spaces.
///
/// ```swift
/// TextFolding.fold("Đàm phán Nga - Mỹ") // "dam phan nga my"
/// ```
///
/// - Complexity: O(*n*) in the text's scalars, with no allocation per scalar: ASCII is folded
///   byte-wise, other scalars through ``LatinDecomposition`` and their Unicode properties.
enum TextFolding {
    /// The folded form as a string, with digits dropped.
    static func fold(_ text: String) -> String { folded(text, keepDigits: false) }

    /// The folded form as a string, keeping digits (for slug matching).
    static func slug(_ text: String) -> String { folded(text, keepDigits: true) }

    private static func folded(_ text: String, keepDigits: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        forEachFoldedScalar(text, keepDigits: keepDigits) { scalar in
            if scalar.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                bytes.append(contentsOf: scalar.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Calls `body` with each folded scalar in order: letters lower-cased without marks, one space
    /// between words, no leading or trailing space.
    @inline(__always)
    static func forEachFoldedScalar(_ text: String, keepDigits: Bool = false, _ body: (Unicode.Scalar) -> Void) {
        var state = State(keepDigits: keepDigits)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                state.fold(ascii: scalar, body)
            } else if let mapped = LatinDecomposition.table[scalar.value] {
                for value in mapped {
                    guard let part = Unicode.Scalar(value) else { continue }
                    if part.isASCII { state.fold(ascii: part, body) } else { state.fold(other: part, body) }
                }
            } else {
                state.fold(other: scalar, body)
            }
        }
    }

    /// Whether a space is owed before the next letter.
    private struct State {
        let keepDigits: Bool
        var pendingSpace = false
        var emitted = false

        @inline(__always)
        mutating func letter(_ scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
            if pendingSpace && emitted { body(" ") }
            pendingSpace = false
            emitted = true
            body(scalar)
        }

        /// ASCII has no marks; its letters are `A`–`Z`, `a`–`z` and its numbers `0`–`9`.
        @inline(__always)
        mutating func fold(ascii scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
            let value = scalar.value
            switch value {
            case 0x41...0x5A:
                letter(Unicode.Scalar(UInt8(truncatingIfNeeded: value + 32)), body)
            case 0x61...0x7A:
                letter(scalar, body)
            case 0x30...0x39:
                if keepDigits { letter(scalar, body) }
            default:
                pendingSpace = true
            }
        }

        mutating func fold(other scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return
            default: break
            }
            if properties.isAlphabetic || (keepDigits && properties.numericType != nil) {
                if pendingSpace && emitted { body(" ") }
                pendingSpace = false
                emitted = true
                TextFolding.lowercase(scalar, body)
            } else if properties.numericType != nil {
                return
            } else {
                pendingSpace = true
            }
        }
    }

    private static func lowercase(_ scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
        switch scalar {
        case "đ", "Đ": body("d")
        case "ß": body("s"); body("s")
        case "ø", "Ø": body("o")
        case "ł", "Ł": body("l")
        case "æ", "Æ": body("a"); body("e")
        default:
            for lowered in scalar.properties.lowercaseMapping.unicodeScalars { body(lowered) }
        }
    }
}
