/// Lower-case words in an open-addressing table keyed by the FNV-1a hash of their bytes, so a
/// word is looked up straight from a text's bytes (ASCII capitals lowered on the fly) without
/// making a `String` or running `Hasher`. A hit compares the bytes, so lookups are exact; words
/// whose length or first letter no key has are turned away before hashing.
///
/// ```swift
/// let table = ASCIIWordTable(["the", "of"])
/// Array("The".utf8).withUnsafeBufferPointer { table.entry(lowering: $0) } // 0
/// ```
///
/// - Complexity: building is O(*n*) in the words' bytes; a lookup is O(word length) expected.
struct ASCIIWordTable: Sendable {
    private var slots: [Int32] = []
    /// The keys' bytes, back to back; key `i` is `storage[offsets[i]..<offsets[i + 1]]`.
    private var storage: [UInt8] = []
    private var offsets: [Int32] = [0]
    /// Bit `n` set when some key has `n` bytes (`n` < 64; longer keys set bit 63).
    private var lengths: UInt64 = 0
    /// Bit `b` set when some key starts with byte `b` (`b` < 128; other first bytes are not filtered).
    private var firstBytes: (UInt64, UInt64) = (0, 0)

    /// How many words the table holds; entries are numbered in the order given.
    var count: Int { offsets.count - 1 }

    /// Builds the table; `words` must be distinct.
    init(_ words: some Sequence<String>) {
        let list = Array(words)
        var capacity = 8
        while capacity < list.count * 2 { capacity *= 2 }
        slots = Array(repeating: -1, count: capacity)
        for word in list {
            let bytes = Array(word.utf8)
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(count)
            storage.append(contentsOf: bytes)
            offsets.append(Int32(storage.count))
            lengths |= 1 << UInt64(min(bytes.count, 63))
            if let first = bytes.first, first < 64 {
                firstBytes.0 |= 1 << UInt64(first)
            } else if let first = bytes.first, first < 128 {
                firstBytes.1 |= 1 << UInt64(first - 64)
            }
        }
    }

    /// The entry number of the word `bytes` spell once ASCII capitals are lowered, or `nil`.
    @inline(__always)
    func entry(lowering bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = bytes.first, lengths >> UInt64(min(bytes.count, 63)) & 1 == 1 else { return nil }
        let lowered = Self.lowered(first)
        guard lowered >= 128 || (lowered < 64 ? firstBytes.0 >> UInt64(lowered) : firstBytes.1 >> UInt64(lowered - 64)) & 1 == 1
        else { return nil }
        return lookUp(bytes)
    }

    private func lookUp(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(Self.lowered(byte))) &* 0x0000_0100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return storage.withUnsafeBufferPointer { keys in
            while true {
                let entry = Int(slots[slot])
                if entry < 0 { return nil }
                let start = Int(offsets[entry]), end = Int(offsets[entry + 1])
                if end - start == bytes.count && Self.matches(keys, start, bytes) { return entry }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private static func matches(_ keys: UnsafeBufferPointer<UInt8>, _ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<bytes.count where keys[start + index] != lowered(bytes[index]) { return false }
        return true
    }

    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }
}
