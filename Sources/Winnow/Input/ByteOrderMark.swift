/// Reads a byte-order mark at the start of raw bytes.
///
/// ```swift
/// ByteOrderMark.detect([0xFF, 0xFE, 0x41, 0x00]) // (.utf16LE, 2)
/// ```
enum ByteOrderMark {
    /// The charset a leading byte-order mark names and the mark's length, or `nil` without one.
    ///
    /// UTF-32LE is checked before UTF-16LE, whose mark is its prefix.
    static func detect(_ bytes: ArraySlice<UInt8>) -> (charset: Charset, length: Int)? {
        let start = bytes.startIndex
        func starts(with mark: [UInt8]) -> Bool {
            bytes.count >= mark.count && zip(bytes[start...], mark).allSatisfy { $0 == $1 }
        }
        if starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (.utf32LE, 4) }
        if starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (.utf32BE, 4) }
        if starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }
}
