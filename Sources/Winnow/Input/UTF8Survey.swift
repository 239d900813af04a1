/// Counts well-formed multi-byte UTF-8 sequences and malformed bytes in one pass.
///
/// ```swift
/// let survey = UTF8Survey([0x63, 0x61, 0x66, 0xC3, 0xA9][...]) // "café"
/// survey.isValid            // true
/// survey.multiByteSequences // 1
/// ```
///
/// - Complexity: O(*n*).
package struct UTF8Survey: Sendable {
    /// Well-formed sequences of two to four bytes.
    private(set) var multiByteSequences = 0
    /// Bytes that start no well-formed sequence.
    private(set) var malformedBytes = 0

    /// Whether the bytes are well-formed UTF-8.
    var isValid: Bool { malformedBytes == 0 }
    /// Whether the bytes are all ASCII.
    var isASCII: Bool { multiByteSequences == 0 && malformedBytes == 0 }

    init(_ bytes: ArraySlice<UInt8>) {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length = Self.sequenceLength(bytes, at: index)
            if length > 0 {
                multiByteSequences += 1
                index += length
            } else {
                malformedBytes += 1
                index += 1
            }
        }
    }

    /// The length of the well-formed sequence at `index` (2–4), or 0 (RFC 3629 table 3-7).
    static func sequenceLength<C: RandomAccessCollection<UInt8>>(_ bytes: C, at index: Int) -> Int where C.Index == Int {
        let lead = bytes[index]
        let (length, low, high): (Int, UInt8, UInt8) = switch lead {
        case 0xC2...0xDF: (2, 0x80, 0xBF)
        case 0xE0: (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
        case 0xED: (3, 0x80, 0x9F)
        case 0xF0: (4, 0x90, 0xBF)
        case 0xF1...0xF3: (4, 0x80, 0xBF)
        case 0xF4: (4, 0x80, 0x8F)
        default: (0, 0, 0)
        }
        guard length > 0, index + length <= bytes.endIndex else { return 0 }
        let second = bytes[index + 1]
        guard second >= low && second <= high else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// Whether `bytes` are well-formed UTF-8 (the same table as the survey, as
    /// `String(validating:)` checks it); runs of eight ASCII bytes are passed at once. Package
    /// visible, so the crawl readers reject bytes before a `String` built from them repairs them.
    package static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count,
               UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            guard length > 0 else { return false }
            index += length
        }
        return true
    }

    /// `bytes` without a trailing sequence cut short (e.g. by a size limit).
    static func trimmingIncompleteTail(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lead = bytes.endIndex - 1
        let earliest = max(bytes.startIndex, bytes.endIndex - 4)
        while lead >= earliest, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard lead >= earliest, bytes[lead] >= 0xC0 else { return bytes }
        let needed = bytes[lead] >= 0xF0 ? 4 : bytes[lead] >= 0xE0 ? 3 : 2
        return bytes.endIndex - lead < needed ? bytes[..<lead] : bytes
    }
}
