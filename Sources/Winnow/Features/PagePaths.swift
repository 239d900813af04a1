import Foundation

/// A page's distinct DOM paths, numbered, so per-path work (hint scores, fingerprints, path
/// statistics) runs once per path instead of once per block.
///
/// Two numberings: ``slots`` follows the exact UTF-8 bytes (as a byte hash of the path does),
/// ``groups`` follows `String` equality (as a `[String: …]` table keyed by path would). They
/// differ only for canonically equivalent paths spelled with different bytes, which needs a
/// non-ASCII path; on an all-ASCII page the groups are the slots.
///
/// ```swift
/// let paths = PagePaths([TextBlock(text: "a", kind: .paragraph, path: "body>p"),
///                        TextBlock(text: "b", kind: .paragraph, path: "body>p")])
/// paths.slots // [0, 0]
/// paths.paths // ["body>p"]
/// ```
///
/// - Complexity: O(*n*) expected in the blocks' path bytes.
struct PagePaths: Sendable {
    /// The distinct paths by bytes, in order of first use.
    private(set) var paths: [String] = []
    /// Each distinct path's ``Fingerprint/path(_:)`` value.
    private(set) var prints: [UInt64] = []
    /// Each block's index into ``paths``; -1 for an empty path.
    private(set) var slots: [Int]
    /// Each block's path group by `String` equality; -1 for an empty path.
    private(set) var groups: [Int]
    /// How many groups there are.
    private(set) var groupCount = 0

    init(_ blocks: [TextBlock]) {
        slots = Array(repeating: -1, count: blocks.count)
        var capacity = 16
        while capacity < blocks.count * 2 { capacity *= 2 }
        var table = [Int32](repeating: -1, count: capacity)
        var allASCII = true
        var hashes: [UInt64] = []
        // By index: enumerating the blocks would copy each (retaining all its fields).
        for index in blocks.indices where !blocks[index].path.isEmpty {
            let path = blocks[index].path
            let hash = Self.quickHash(path)
            var position = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while true {
                let slot = Int(table[position])
                if slot < 0 {
                    table[position] = Int32(paths.count)
                    slots[index] = paths.count
                    paths.append(path)
                    hashes.append(hash)
                    prints.append(Fingerprint.path(path).value)
                    if allASCII && !path.utf8.allSatisfy({ $0 < 0x80 }) { allASCII = false }
                    break
                }
                if hashes[slot] == hash && Self.sameBytes(paths[slot], path) {
                    slots[index] = slot
                    break
                }
                position = (position + 1) & (capacity - 1)
            }
        }
        if allASCII {
            // ASCII strings are equal exactly when their bytes are.
            groups = slots
            groupCount = paths.count
            return
        }
        groups = Array(repeating: -1, count: blocks.count)
        var groupOfSlot: [Int] = []
        var groupOfPath: [String: Int] = [:]
        for path in paths {
            if let group = groupOfPath[path] {
                groupOfSlot.append(group)
            } else {
                groupOfPath[path] = groupCount
                groupOfSlot.append(groupCount)
                groupCount += 1
            }
        }
        for (index, slot) in slots.enumerated() where slot >= 0 { groups[index] = groupOfSlot[slot] }
    }

    /// A cheap hash of a path for the table: its length and last bytes (a page's paths share
    /// their beginnings); equal bytes always hash equal.
    private static func quickHash(_ path: String) -> UInt64 {
        // From the contiguous bytes (a native string's own): the view's suffix walks indices.
        var path = path
        return path.withUTF8 { bytes in
            var hash = UInt64(truncatingIfNeeded: bytes.count) &* 0x9E37_79B9_7F4A_7C15
            for byte in bytes.suffix(24) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            return hash ^ (hash >> 29)
        }
    }

    /// Whether two strings have the same UTF-8 bytes (not merely canonical equivalence).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in Self.equal(x, y) }
        }
        return (fast ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }

    /// Whether two buffers of the same length hold the same bytes.
    static func equal(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        guard x.count == y.count else { return false }
        guard let left = x.baseAddress, let right = y.baseAddress else { return true }
        return memcmp(left, right, x.count) == 0
    }
}
