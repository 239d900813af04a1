/// Unicode properties of the common scalars, looked up once and kept in a table, so per-scalar
/// loops need not query the property tables each time. Scalars outside the table are asked
/// directly, so answers are always the standard library's.
///
/// ```swift
/// ScalarTables.isNumeric(0x00BD) // true: ½
/// ```
enum ScalarTables {
    /// Scalars below this value are tabled.
    static let tabled: UInt32 = 0x3100

    /// `numericType != nil` for each scalar below ``tabled``.
    static let numeric: [Bool] = (0..<tabled).map { Unicode.Scalar($0)?.properties.numericType != nil }

    /// Whether the scalar has a numeric type (a digit, a numeral, a fraction).
    @inline(__always)
    static func isNumeric(_ value: UInt32) -> Bool {
        if value < tabled { return numeric[Int(value)] }
        return Unicode.Scalar(value)?.properties.numericType != nil
    }

    /// `Character(scalar).isUppercase` for each scalar below ``tabled``.
    static let uppercaseCharacters: [Bool] = (0..<tabled).map { Unicode.Scalar($0).map { Character($0).isUppercase } ?? false }

    /// Whether the character made of this one scalar is upper-case (as `Character.isUppercase` says).
    @inline(__always)
    static func isUppercaseCharacter(_ value: UInt32) -> Bool {
        if value < tabled { return uppercaseCharacters[Int(value)] }
        return Unicode.Scalar(value).map { Character($0).isUppercase } ?? false
    }

    /// What a scalar is to a word: a combining mark (general category Mn or Mc), else a letter
    /// (alphabetic), else neither.
    enum LetterKind: UInt8 { case none, letter, mark }

    /// ``LetterKind`` for each scalar below ``tabled``.
    static let letterKinds: [LetterKind] = (0..<tabled).map { Unicode.Scalar($0).map(kind) ?? .none }

    /// The scalar's ``LetterKind``.
    @inline(__always)
    static func letterKind(_ value: UInt32) -> LetterKind {
        if value < tabled { return letterKinds[Int(value)] }
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
