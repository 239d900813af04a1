/// The ``PathHints`` weights in an open-addressing table keyed by the FNV-1a hash of a word's
/// UTF-8 bytes, so a path's ASCII words are looked up from their bytes, without making a
/// `String` or running `Hasher` per word. A hit compares the bytes, so lookups are exact.
///
/// - Complexity: building is O(*n*) in the words; a lookup is O(word length) expected.
struct PathHintIndex: Sendable {
    private var slots: [Int32] = []
    private var keys: [[UInt8]] = []
    private(set) var weights: [Double] = []

    init(_ table: [String: Double]) {
        guard !table.isEmpty else { return }
        var capacity = 8
        while capacity < table.count * 2 { capacity *= 2 }
        slots = Array(repeating: -1, count: capacity)
        for (word, weight) in table {
            let bytes = Array(word.utf8)
            var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(keys.count)
            keys.append(bytes)
            weights.append(weight)
        }
    }

    /// The entry number of `word`, or `nil` when it has no weight.
    func entry(of word: [UInt8]) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(word)) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if keys[entry] == word { return entry }
            slot = (slot + 1) & mask
        }
    }

    /// The entry number of the word that `bytes` spell once their ASCII capitals are lowered
    /// (`bytes` hold ASCII letters only), or `nil` when it has no weight.
    func entry(lowering bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !slots.isEmpty else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(Self.lowered(byte))) &* 0x0000_0100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            let key = keys[entry]
            if key.count == bytes.count && zip(key, bytes).allSatisfy({ $0 == Self.lowered($1) }) { return entry }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}
