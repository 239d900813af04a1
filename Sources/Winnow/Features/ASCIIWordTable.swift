/// Lower-case ASCII words in an open-addressing table keyed by the FNV-1a hash of their bytes, so
/// a word is looked up straight from a text's bytes (capitals lowered on the fly) without making
/// a `String` or running `Hasher`. A hit compares the bytes, so lookups are exact.
///
/// ```swift
/// let table = ASCIIWordTable(["the", "of"])
/// Array("The".utf8).withUnsafeBufferPointer { table.entry(lowering: $0) } // 0
/// ```
///
/// - Complexity: building is O(*n*) in the words' bytes; a lookup is O(word length) expected.
struct ASCIIWordTable: Sendable {
    private var slots: [Int32] = []
    private var keys: [[UInt8]] = []

    /// How many words the table holds; entries are numbered in the order given.
    var count: Int { keys.count }

    /// Builds the table; `words` must be distinct, lower-case ASCII.
    init(_ words: some Sequence<String>) {
        var capacity = 8
        let list = Array(words)
        while capacity < list.count * 2 { capacity *= 2 }
        slots = Array(repeating: -1, count: capacity)
        for word in list {
            let bytes = Array(word.utf8)
            var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(keys.count)
            keys.append(bytes)
        }
    }

    /// The entry number of the word `bytes` spell once ASCII capitals are lowered, or `nil`.
    @inline(__always)
    func entry(lowering bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(Self.lowered(byte))) &* 0x0000_0100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if Self.matches(keys[entry], bytes) { return entry }
            slot = (slot + 1) & mask
        }
    }

    private static func matches(_ key: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard key.count == bytes.count else { return false }
        for (stored, byte) in zip(key, bytes) where stored != lowered(byte) { return false }
        return true
    }

    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}
