/// A small direct-mapped cache keyed by a memory address: what the libxml2 walk learned about
/// a name string, so names libxml2 interns (each tag and attribute name once per document)
/// are turned into Swift values once, not once per node.
///
/// Valid only while the memory behind the addresses stays unchanged (one walk of one document).
///
/// ```swift
/// var cache = AddressCache<HTMLTag>()
/// cache[address] = .br
/// cache[address] // .br
/// ```
///
/// - Complexity: O(1) per lookup; a colliding address replaces the one in its slot.
struct AddressCache<Value> {
    private var keys = [UInt](repeating: 0, count: AddressCache.slots)
    private var values: [Value?] = Array(repeating: nil, count: AddressCache.slots)

    /// Number of slots: a power of two, comfortably above the distinct names of a page.
    private static var slots: Int { 1 << slotBits }

    subscript(address: UInt) -> Value? {
        get {
            let slot = Self.slot(address)
            return keys[slot] == address ? values[slot] : nil
        }
        set {
            let slot = Self.slot(address)
            keys[slot] = address
            values[slot] = newValue
        }
    }

    /// Fibonacci hashing: the top bits of the address times 2^64 / golden ratio (names sit
    /// packed in libxml2's dictionary, so low bits alone would collide).
    private static func slot(_ address: UInt) -> Int {
        Int(truncatingIfNeeded: (UInt64(address) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slotBits))
    }

    private static var slotBits: Int { 9 }
}
