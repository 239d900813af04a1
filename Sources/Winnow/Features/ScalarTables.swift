/// Unicode properties of the common scalars, looked up once and kept in a table, so per-scalar
/// loops need not query the property tables each time. Scalars outside the table are asked
/// directly, so answers are always the standard library's.
///
/// ```swift
/// ScalarTables.isNumeric(0x00BD) // true: ½
/// ScalarTables.isUppercaseCharacter(0x00C9) // true: É
/// ```
enum ScalarTables {
    /// What a scalar is to a word: a combining mark (general category Mn or Mc), else a letter
    /// (alphabetic), else neither.
    enum LetterKind: UInt8 { case none, letter, mark }

    /// The tabled scalars' slots: Latin, Greek, Cyrillic, Hebrew and Arabic letters (below
    /// U+0600), Latin Extended Additional, Greek Extended and punctuation (U+1E00–U+20FF), CJK
    /// punctuation and kana (U+3000–U+30FF).
    @inline(__always)
    static func slot(_ value: UInt32) -> Int? {
        if value < 0x600 { return Int(value) }
        if value &- 0x1E00 < 0x300 { return Int(value - 0x1E00) + 0x600 }
        if value &- 0x3000 < 0x100 { return Int(value - 0x3000) + 0x900 }
        return nil
    }

    /// How many slots there are.
    static let slotCount = 0xA00

    /// Each tabled scalar's properties: bit 0 numeric, bit 1 upper-case as a character, bits 2–3
    /// its ``LetterKind``.
    static let flags: [UInt8] = {
        var flags = [UInt8](repeating: 0, count: slotCount)
        for value in UInt32(0)..<0x3100 {
            guard let slot = slot(value), let scalar = Unicode.Scalar(value) else { continue }
            var bits: UInt8 = scalar.properties.numericType != nil ? 1 : 0
            if Character(scalar).isUppercase { bits |= 2 }
            bits |= kind(scalar).rawValue << 2
            flags[slot] = bits
        }
        return flags
    }()

    /// Whether the scalar has a numeric type (a digit, a numeral, a fraction).
    @inline(__always)
    static func isNumeric(_ value: UInt32) -> Bool {
        if let slot = slot(value) { return flags[slot] & 1 != 0 }
        return Unicode.Scalar(value)?.properties.numericType != nil
    }

    /// Whether the character made of this one scalar is upper-case (as `Character.isUppercase` says).
    @inline(__always)
    static func isUppercaseCharacter(_ value: UInt32) -> Bool {
        if let slot = slot(value) { return flags[slot] & 2 != 0 }
        return Unicode.Scalar(value).map { Character($0).isUppercase } ?? false
    }

    /// The scalar's ``LetterKind``.
    @inline(__always)
    static func letterKind(_ value: UInt32) -> LetterKind {
        if let slot = slot(value) { return LetterKind(rawValue: flags[slot] >> 2) ?? .none }
        return Unicode.Scalar(value).map(kind) ?? .none
    }

    private static func kind(_ scalar: Unicode.Scalar) -> LetterKind {
        let properties = scalar.properties
        if properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark { return .mark }
        return properties.isAlphabetic ? .letter : .none
    }
}

/// Decoding of one scalar from valid UTF-8 bytes.
enum UTF8Scalar {
    /// The scalar starting at a lead byte (0xC0 or more) of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F), 4)
    }
}
