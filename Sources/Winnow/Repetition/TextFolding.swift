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

    /// Whether `text` folds to a string equal to `folded` (a ``fold(_:)`` result), read without
    /// making the folded string and stopped at the first difference when `folded` is ASCII (a
    /// folded text holding another scalar cannot then equal it: folding emits none of the
    /// scalars that decompose to ASCII).
    static func foldsTo(_ text: String, _ folded: String) -> Bool {
        guard folded.utf8.allSatisfy({ $0 < 0x80 }) else { return fold(text) == folded }
        return foldsTo(text, ascii: Array(folded.utf8))
    }

    /// ``foldsTo(_:_:)`` for a folded form given as its ASCII bytes.
    static func foldsTo(_ text: String, ascii target: [UInt8]) -> Bool {
        var next = 0
        let complete = forEachFoldedByte(text) { byte in
            guard next < target.count, target[next] == byte else { return false }
            next += 1
            return true
        }
        return complete && next == target.count
    }

    /// The folded form as a string, keeping digits (for slug matching).
    static func slug(_ text: String) -> String { folded(text, keepDigits: true) }

    private static func folded(_ text: String, keepDigits: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        _ = forEachFoldedByte(text, keepDigits: keepDigits) { byte in
            bytes.append(byte)
            return true
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Calls `body` with each folded scalar in order: letters lower-cased without marks, one space
    /// between words, no leading or trailing space.
    @inline(__always)
    static func forEachFoldedScalar(_ text: String, keepDigits: Bool = false, _ body: (Unicode.Scalar) -> Void) {
        var state = State(keepDigits: keepDigits)
        for scalar in text.unicodeScalars {
            if scalar.isASCII { state.fold(ascii: scalar, body) } else { state.fold(nonASCII: scalar, body) }
        }
    }

    /// Calls `body` with the UTF-8 bytes of each folded scalar in order (the bytes of
    /// ``forEachFoldedScalar(_:keepDigits:_:)``'s scalars) until it returns `false`; returns
    /// whether it never did. ASCII is folded straight from the text's bytes.
    @inline(__always)
    static func forEachFoldedByte(_ text: String, keepDigits: Bool = false, _ body: (UInt8) -> Bool) -> Bool {
        var state = State(keepDigits: keepDigits)
        var going = true
        func emit(_ scalar: Unicode.Scalar) {
            guard going else { return }
            if scalar.isASCII {
                going = body(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                for byte in scalar.utf8 where going { going = body(byte) }
            }
        }
        let read: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count && going {
                let byte = bytes[index]
                guard byte >= 0x80 else {
                    // ASCII, as State.fold(ascii:) folds it, without a call per byte.
                    let lower = byte | 0x20
                    if lower &- UInt8(ascii: "a") < 26 || (keepDigits && byte &- UInt8(ascii: "0") < 10) {
                        if state.pendingSpace && state.emitted { going = body(0x20) }
                        state.pendingSpace = false
                        state.emitted = true
                        if going { going = body(byte &- UInt8(ascii: "0") < 10 ? byte : lower) }
                    } else if byte &- UInt8(ascii: "0") >= 10 {
                        state.pendingSpace = true
                    }
                    index += 1
                    continue
                }
                let (value, length) = UTF8Scalar.decode(bytes, at: index)
                if let scalar = Unicode.Scalar(value) { state.fold(nonASCII: scalar, emit) }
                index += length
            }
            return true
        }
        if read == nil {
            for scalar in text.unicodeScalars where going {
                if scalar.isASCII { state.fold(ascii: scalar, emit) } else { state.fold(nonASCII: scalar, emit) }
            }
        }
        return going
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

        /// A non-ASCII scalar: decomposed when it is a precomposed letter, then folded (common
        /// scalars as ``FoldTable`` read them once).
        @inline(__always)
        mutating func fold(nonASCII scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
            if let parts = FoldTable.shared.parts(of: scalar.value) {
                for part in parts {
                    switch part.kind {
                    case .space:
                        pendingSpace = true
                        continue
                    case .number where !keepDigits:
                        continue
                    case .letter, .number:
                        if pendingSpace && emitted { body(" ") }
                        pendingSpace = false
                        emitted = true
                        if part.count > 0 { body(part.outputs.0) }
                        if part.count > 1 { body(part.outputs.1) }
                        if part.count > 2 { body(part.outputs.2) }
                    }
                }
                return
            }
            if let mapped = LatinDecomposition.table[scalar.value] {
                for value in mapped {
                    guard let part = Unicode.Scalar(value) else { continue }
                    if part.isASCII { fold(ascii: part, body) } else { fold(other: part, body) }
                }
            } else {
                fold(other: scalar, body)
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

    /// The scalars ``lowercase(_:_:)`` gives.
    static func lowercased(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        lowercase(scalar) { result.append($0) }
        return result
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
