extension ModelFileReader {
    /// Reads JSON values from bytes: objects, arrays, numbers, strings without escapes, `null`,
    /// `true` and `false`. Whatever else it meets gives `nil`.
    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        private var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// Whether only white space is left.
        mutating func atEndAfterSpace() -> Bool {
            skipSpace()
            return position == bytes.count
        }

        /// The value at the current position, nested at most `maximumDepth` levels.
        mutating func value(depth: Int) -> Value? {
            skipSpace()
            guard position < bytes.count else { return nil }
            switch bytes[position] {
            case UInt8(ascii: "{"): return depth < ModelFileReader.maximumDepth ? object(depth: depth + 1) : nil
            case UInt8(ascii: "["): return depth < ModelFileReader.maximumDepth ? array(depth: depth + 1) : nil
            case UInt8(ascii: "\""): return string().map(Value.string)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number().map(Value.number)
            default:
                if literal("null") { return .null }
                if literal("true") || literal("false") { return .boolean }
                return nil
            }
        }

        /// An object's fields in file order (keys unchecked: see ``ModelFileReader/fields(_:)``).
        private mutating func object(depth: Int) -> Value? {
            position += 1
            var fields: [(String, Value)] = []
            skipSpace()
            if take(UInt8(ascii: "}")) { return .object(fields) }
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard take(UInt8(ascii: ":")), let value = value(depth: depth) else { return nil }
                fields.append((key, value))
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                return take(UInt8(ascii: "}")) ? .object(fields) : nil
            }
        }

        private mutating func array(depth: Int) -> Value? {
            position += 1
            var elements: [Value] = []
            skipSpace()
            if take(UInt8(ascii: "]")) { return .array(elements) }
            while true {
                guard let element = value(depth: depth) else { return nil }
                elements.append(element)
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                return take(UInt8(ascii: "]")) ? .array(elements) : nil
            }
        }

        /// A string without escapes or control characters, of valid UTF-8.
        private mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    position += 1
                    return String(validating: UnsafeBufferPointer(rebasing: bytes[start..<position - 1]), as: UTF8.self)
                }
                guard byte >= 0x20, byte != UInt8(ascii: "\\") else { return nil }
                position += 1
            }
            return nil
        }

        /// A number in JSON's grammar, read by `Double`'s correctly rounded parser; `nil` when
        /// it is not finite.
        private mutating func number() -> Double? {
            let start = position
            _ = take(UInt8(ascii: "-"))
            let integerStart = position
            guard digits() > 0, bytes[integerStart] != UInt8(ascii: "0") || position - integerStart == 1 else { return nil }
            if take(UInt8(ascii: ".")) { guard digits() > 0 else { return nil } }
            if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
                if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
                guard digits() > 0 else { return nil }
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            guard let number = Double(text), number.isFinite else { return nil }
            return number
        }

        private mutating func digits() -> Int {
            let start = position
            while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
            return position - start
        }

        private mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard position + count <= bytes.count else { return false }
            for index in 0..<count where bytes[position + index] != word.utf8Start[index] { return false }
            position += count
            return true
        }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        private mutating func skipSpace() {
            while position < bytes.count {
                let byte = bytes[position]
                guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { return }
                position += 1
            }
        }
    }
}
