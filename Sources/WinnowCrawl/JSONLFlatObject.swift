import Foundation
import Winnow

/// A fast reading of the common JSONL record: one flat JSON object whose values are strings,
/// integers, `true`, `false` or `null`. Anything else (nested values, numbers with a fraction or
/// exponent, duplicate keys, invalid UTF-8, lone surrogates, control characters in strings,
/// trailing bytes) gives `nil`, and the caller decodes the line with `JSONDecoder`, so every line
/// is read as `JSONDecoder` reads it.
///
/// - Complexity: O(*n*) in the line's bytes; one pass, no recursion.
struct JSONLFlatObject {
    /// A value of the flat object.
    enum Value: Equatable {
        case string(String)
        /// The string value of the key read as bytes: its valid UTF-8, no `String` made, with
        /// the ``Winnow/CleanupCheck`` made while validating them.
        case utf8([UInt8], CleanupCheck)
        case integer(Int)
        case null
        case boolean
    }

    private(set) var values: [String: Value] = [:]

    /// Reads a line; the string value of `utf8Key` is kept as bytes (``Value/utf8(_:)``).
    init?(_ bytes: UnsafeBufferPointer<UInt8>, utf8Key: String? = nil) {
        var scanner = Scanner(bytes: bytes)
        scanner.skipSpace()
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        scanner.skipSpace()
        if !scanner.take(UInt8(ascii: "}")) {
            while true {
                scanner.skipSpace()
                guard let key = scanner.string() else { return nil }
                scanner.skipSpace()
                guard scanner.take(UInt8(ascii: ":")) else { return nil }
                scanner.skipSpace()
                guard let value = scanner.value(asUTF8: key == utf8Key),
                      values.updateValue(value, forKey: key) == nil else { return nil }
                scanner.skipSpace()
                if scanner.take(UInt8(ascii: ",")) { continue }
                guard scanner.take(UInt8(ascii: "}")) else { return nil }
                break
            }
        }
        scanner.skipSpace()
        guard scanner.atEnd else { return nil }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        var atEnd: Bool { position >= bytes.count }

        mutating func skipSpace() {
            while position < bytes.count {
                let byte = bytes[position]
                guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { return }
                position += 1
            }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        mutating func value(asUTF8: Bool) -> Value? {
            guard position < bytes.count else { return nil }
            switch bytes[position] {
            case UInt8(ascii: "\"") where asUTF8: return utf8().map { Value.utf8($0.bytes, $0.check) }
            case UInt8(ascii: "\""): return string().map(Value.string)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return integer().map(Value.integer)
            default:
                if literal("null") { return .null }
                if literal("true") || literal("false") { return .boolean }
                return nil
            }
        }

        private mutating func literal(_ word: String) -> Bool {
            let count = word.utf8.count
            guard position + count <= bytes.count, word.utf8.elementsEqual(bytes[position..<position + count]) else { return false }
            position += count
            return true
        }

        /// An integer without leading zeros, fraction or exponent that fits in `Int`.
        private mutating func integer() -> Int? {
            let negative = take(UInt8(ascii: "-"))
            let start = position
            var magnitude = 0
            while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
                let (times, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int(bytes[position] - 0x30))
                guard !overflow1, !overflow2 else { return nil }
                magnitude = sum
                position += 1
            }
            let digits = position - start
            guard digits > 0, digits == 1 || bytes[start] != 0x30 else { return nil }
            if position < bytes.count, bytes[position] == UInt8(ascii: ".") || bytes[position] | 0x20 == UInt8(ascii: "e") {
                return nil
            }
            return negative ? -magnitude : magnitude
        }

        /// A string: its raw runs copied at once, straight into the String's storage (sized by
        /// ``encodedLength()``), escapes decoded; valid UTF-8 only (checked before the String
        /// would repair it).
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let capacity = encodedLength()
            guard capacity > 0 else { return decode(into: UnsafeMutableBufferPointer(start: nil, count: 0)) == 0 ? "" : nil }
            var decodedCount: Int?
            let decoded = String(unsafeUninitializedCapacity: capacity) { buffer in
                decodedCount = decode(into: buffer)
                return decodedCount ?? 0
            }
            return decodedCount == nil ? nil : decoded
        }

        /// ``string()`` as its UTF-8 bytes, without the `String` (which would check them again).
        /// Sized by the rest of the line, the string's upper bound, so no first pass looks for
        /// its closing quote (the html is mostly the line's last field); a string followed by
        /// much more of the line is copied to its size.
        /// The bytes are validated by ``Winnow/CleanupCheck``, which the page decoder is handed
        /// rather than reading them again.
        mutating func utf8() -> (bytes: [UInt8], check: CleanupCheck)? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let capacity = bytes.count - position
            guard capacity > 0 else { return nil }
            var decodedCount: Int?
            var check: CleanupCheck?
            let decoded = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                decodedCount = decodeUnvalidated(into: buffer)
                if let decoded = decodedCount { check = CleanupCheck(UnsafeBufferPointer(rebasing: buffer[..<decoded])) }
                count = check == nil ? 0 : decodedCount ?? 0
            }
            guard let count = decodedCount, let check else { return nil }
            guard capacity - count > count / 4 + 64 else { return (decoded, check) }
            return ([UInt8](unsafeUninitializedCapacity: count) { buffer, copied in
                copied = buffer.initialize(from: decoded).1
            }, check)
        }

        /// Decodes the string's content (after its opening quote) into `buffer`: the decoded
        /// length, or `nil` when the string is malformed or its content is not valid UTF-8.
        private mutating func decode(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
            guard let count = decodeUnvalidated(into: buffer),
                  UTF8Survey.isValid(UnsafeBufferPointer(rebasing: buffer[..<count])) else { return nil }
            return count
        }

        /// ``decode(into:)`` without the UTF-8 validation, which the caller does.
        private mutating func decodeUnvalidated(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
            var output = Output(buffer: buffer)
            guard scanString(into: &output), !output.overflowed else { return nil }
            return output.count
        }

        /// Decodes the string's content up to and past its closing quote; false if it is malformed.
        /// Eight bytes at a time are copied whole and kept up to the first quote, backslash or
        /// control character among them, so plain runs cost no call per run.
        private mutating func scanString(into output: inout Output) -> Bool {
            while position < bytes.count {
                skipPlainWords(into: &output)
                guard position < bytes.count else { return false }
                let byte = bytes[position]
                position += 1
                if byte == UInt8(ascii: "\"") { return true }
                if byte < 0x20 { return false }
                if byte == UInt8(ascii: "\\") {
                    guard escape(into: &output) else { return false }
                } else {
                    output.append(byte)
                }
            }
            return false
        }

        /// Copies words of eight plain bytes, and the plain start of the first word that is not,
        /// with the positions kept in registers; stops at a quote, backslash or control, or where
        /// fewer than eight bytes are left (to read or to write), for the byte-wise path.
        @inline(__always)
        private mutating func skipPlainWords(into output: inout Output) {
            guard let base = bytes.baseAddress, let target = output.buffer.baseAddress else { return }
            let end = bytes.count, limit = output.buffer.count
            var from = position, to = output.count
            while from + 8 <= end, to + 8 <= limit {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + from).loadUnaligned(as: UInt64.self))
                let hits = Self.specialBytes(word)
                UnsafeMutableRawPointer(target + to).storeBytes(of: word.littleEndian, as: UInt64.self)
                // A plain word advances by a constant, so the next load need not wait for the
                // count of plain bytes (a predicted branch instead of a data dependency).
                if hits == 0 {
                    from += 8
                    to += 8
                    continue
                }
                let plain = hits.trailingZeroBitCount / 8
                from += plain
                to += plain
                // A two-byte escape other than \u is decoded here, and the words go on.
                guard from + 1 < end, base[from] == UInt8(ascii: "\\"),
                      let decoded = JSONEscape.simple(base[from + 1]) else { break }
                target[to] = decoded
                from += 2
                to += 1
            }
            position = from
            output.advance(to: to)
        }

        /// Decoded bytes written into preallocated memory; writing past its end sets `overflowed`
        /// (it cannot happen: a decoded string is never longer than its encoding).
        struct Output {
            let buffer: UnsafeMutableBufferPointer<UInt8>
            private(set) var count = 0
            private(set) var overflowed = false

            init(buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

            /// Counts the bytes up to `newCount` as written (stored directly into ``buffer``).
            @inline(__always)
            mutating func advance(to newCount: Int) { count = newCount }

            mutating func append(_ byte: UInt8) {
                guard count < buffer.count else { overflowed = true; return }
                buffer[count] = byte
                count += 1
            }

            mutating func append(contentsOf scalar: Unicode.Scalar.UTF8View) {
                for byte in scalar { append(byte) }
            }
        }

        /// The high bit of each of the eight bytes of `word` that is a quote, backslash or
        /// control character, and possibly of bytes after the first such one; zero when none is.
        @inline(__always)
        private static func specialBytes(_ word: UInt64) -> UInt64 {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high = ones &* 0x80
            // A byte's high bit is set where it is zero (after the XOR) or below 0x20; bytes of
            // 0x80 or more are masked out by `~value`. Borrows only run upwards from a hit, so
            // the lowest set bit marks the first such byte exactly.
            func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & high }
            let controls = (word &- ones &* 0x20) & ~word & high
            return controls | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x5C))
        }

        /// The bytes up to the closing quote (the first quote after an even run of backslashes):
        /// the decoded string's upper bound. Quotes are found with `memchr`.
        private func encodedLength() -> Int {
            guard let base = bytes.baseAddress else { return 0 }
            var from = position
            while from < bytes.count, let found = memchr(base + from, 0x22, bytes.count - from) {
                let quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                var backslashes = 0
                while quote - backslashes - 1 >= position, bytes[quote - backslashes - 1] == 0x5C { backslashes += 1 }
                if backslashes % 2 == 0 { return quote - position }
                from = quote + 1
            }
            return bytes.count - position
        }

        /// Decodes the escape after a backslash into `output` (``JSONEscape``).
        private mutating func escape(into output: inout Output) -> Bool {
            guard position < bytes.count else { return false }
            let code = bytes[position]
            position += 1
            if let decoded = JSONEscape.simple(code) {
                output.append(decoded)
                return true
            }
            guard code == UInt8(ascii: "u"), let scalar = JSONEscape.unicodeScalar(in: bytes, at: &position) else { return false }
            output.append(contentsOf: scalar.utf8)
            return true
        }
    }
}
