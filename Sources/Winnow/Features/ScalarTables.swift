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
}
