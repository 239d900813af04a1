import Foundation

/// A page's distinct DOM paths, numbered, so per-path work (hint scores, fingerprints, path
/// statistics) runs once per path instead of once per block.
///
/// Two numberings: ``slots`` follows the exact UTF-8 bytes (as a byte hash of the path does),
/// ``groups`` follows `String` equality (as a `[String: …]` table keyed by path would). They
/// differ only for canonically equivalent paths spelled with different bytes, which needs a
/// non-ASCII path; on an all-ASCII page the groups are the slots.
///
/// ``BlockBuilder`` numbers the paths as it cuts the blocks (``add(utf8:node:)``, while a
/// path's bytes and its ``PathTrie`` node are at hand), and the blocks of one path share one
/// `String`; ``init(_:)`` numbers the paths of blocks made otherwise (without nodes).
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
    private(set) var slots: [Int] = []
    /// Each block's path group by `String` equality; -1 for an empty path (set by ``finish()``).
    private(set) var groups: [Int] = []
    /// How many groups there are.
    private(set) var groupCount = 0
    /// The page's path nodes, when segmentation numbered them (see ``add(utf8:node:)``).
    var trie = PathTrie()
    /// Each distinct path's ``trie`` node, -1 when it has none.
    private(set) var nodes: [Int] = []
    /// Each ``trie`` node's index into ``paths`` once a block used it, else -1.
    private var slotOfNode: [Int32] = []
    /// The distinct paths' bytes back to back: path `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Open addressing over ``hashes``: a path number or -1; the count is a power of two.
    private var table = [Int32](repeating: -1, count: 64)
    private var allASCII = true

    /// No paths yet.
    init() {}

    /// The numbering of the paths of `blocks`.
    init(_ blocks: [TextBlock]) {
        // By index: enumerating the blocks would copy each (retaining all its fields).
        for index in blocks.indices {
            let string = blocks[index].path
            var path = string
            _ = path.withUTF8 { add(utf8: $0, as: string) }
        }
        finish()
    }

    /// Numbers the path of the next block, given as UTF-8 and as its ``trie`` node (-1 when it
    /// has none), and returns it as a `String`: the same one for every block of the path.
    mutating func add(utf8 path: UnsafeBufferPointer<UInt8>, node: Int) -> String {
        guard node >= 0, !path.isEmpty else { return add(utf8: path, as: nil) }
        if node < slotOfNode.count, slotOfNode[node] >= 0 {
            let slot = Int(slotOfNode[node])
            slots.append(slot)
            return paths[slot]
        }
        let made = add(utf8: path, as: nil, print: trie.print(of: node))
        if node >= slotOfNode.count { slotOfNode += repeatElement(-1, count: trie.count - slotOfNode.count) }
        let slot = slots[slots.count - 1]
        slotOfNode[node] = Int32(slot)
        if nodes[slot] < 0 { nodes[slot] = node }
        return made
    }

    /// Sets ``groups`` once every block's path is added.
    mutating func finish() {
        if allASCII {
            // ASCII strings are equal exactly when their bytes are.
            groups = slots
            groupCount = paths.count
            return
        }
        groups = Array(repeating: -1, count: slots.count)
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

    /// ``add(utf8:node:)`` by the path's bytes, with the `String` to keep and the fingerprint of
    /// a new path when the caller has them.
    private mutating func add(utf8 path: UnsafeBufferPointer<UInt8>, as string: String?, print: UInt64? = nil) -> String {
        guard !path.isEmpty else {
            slots.append(-1)
            return ""
        }
        let hash = Self.quickHash(path)
        let mask = table.count - 1
        var position = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = Int(table[position])
            if slot < 0 { break }
            if hashes[slot] == hash && equals(slot, path) {
                slots.append(slot)
                return paths[slot]
            }
            position = (position + 1) & mask
        }
        let slot = paths.count
        table[position] = Int32(slot)
        slots.append(slot)
        let made = string ?? String(decoding: path, as: UTF8.self)
        paths.append(made)
        hashes.append(hash)
        prints.append(print ?? Fingerprint.path(utf8: path).value)
        nodes.append(-1)
        bytes.append(contentsOf: path)
        starts.append(bytes.count)
        if allASCII && !ASCII.isASCII(path) { allASCII = false }
        if paths.count * 2 > table.count { grow() }
        return made
    }

    /// Whether distinct path `slot` has exactly the bytes `path`.
    private func equals(_ slot: Int, _ path: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[slot], end = starts[slot + 1]
        guard end - start == path.count else { return false }
        return bytes.withUnsafeBufferPointer { Self.equal(UnsafeBufferPointer(rebasing: $0[start..<end]), path) }
    }

    /// Doubles the table, placing every path again by its hash.
    private mutating func grow() {
        table = [Int32](repeating: -1, count: table.count * 2)
        let mask = table.count - 1
        for (slot, hash) in hashes.enumerated() {
            var position = Int(truncatingIfNeeded: hash) & mask
            while table[position] >= 0 { position = (position + 1) & mask }
            table[position] = Int32(slot)
        }
    }

    /// A cheap hash of a path for the table: its length and last bytes (a page's paths share
    /// their beginnings); equal bytes always hash equal.
    private static func quickHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = UInt64(truncatingIfNeeded: bytes.count) &* 0x9E37_79B9_7F4A_7C15
        for byte in bytes.suffix(24) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash ^ (hash >> 29)
    }

    /// Whether two buffers of the same length hold the same bytes.
    static func equal(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        guard x.count == y.count else { return false }
        guard let left = x.baseAddress, let right = y.baseAddress else { return true }
        return memcmp(left, right, x.count) == 0
    }
}
