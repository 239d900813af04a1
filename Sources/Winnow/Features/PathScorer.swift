/// Scores a page's DOM paths with ``PathHints``, reusing the work on shared beginnings: the
/// paths of a page share most of their elements, so the tally at each `>` is remembered and a
/// path is read only from the longest beginning seen before. Scores equal
/// ``PathHints/score(path:)``'s: the weights are added in the same order from the same tally.
///
/// ```swift
/// var scorer = PathScorer(hints: PathHints(weights: ["post": 1, "content": 0.5]))
/// scorer.score("body>div.post>p")  // 1.0
/// scorer.score("body>div.post>h2") // 1.0, "body>div.post" read once
/// ```
///
/// - Complexity: O(*n*) expected in the path's bytes; the letters read again are only those
///   after its longest known beginning.
struct PathScorer {
    let hints: PathHints
    /// Each remembered beginning by its hash and length: the path it was read in and the tally
    /// at its end.
    private var beginnings: [Beginning: (path: String, tally: PathHints.Tally)] = [:]
    /// The current path's `>` positions and the hash of the bytes before each.
    private var cuts: [(offset: Int, hash: UInt64)] = []

    /// The tally at the end of each ``PathTrie`` node's path, once read.
    private var nodeTallies: [PathHints.Tally?] = []
    /// The nodes being read, innermost first.
    private var chain: [Int] = []

    private struct Beginning: Hashable {
        var hash: UInt64
        var length: Int
    }

    init(hints: PathHints) { self.hints = hints }

    /// The score of the distinct path `slot` of `paths`: through its ``PathTrie`` node when
    /// segmentation gave it one (each node's label is read once per page), else by its bytes.
    mutating func score(slot: Int, in paths: PagePaths) -> Double {
        let node = paths.nodes[slot]
        guard node >= 0, paths.trie.isASCII(node) else { return score(paths.paths[slot]) }
        guard !hints.weights.isEmpty else { return 0 }
        if nodeTallies.count < paths.trie.count {
            nodeTallies += repeatElement(nil, count: paths.trie.count - nodeTallies.count)
        }
        // Up to the nearest node already read, then down again, tallying each node's label.
        chain.removeAll(keepingCapacity: true)
        var current = node
        while current >= 0 && nodeTallies[current] == nil {
            chain.append(current)
            current = paths.trie.parent(of: current)
        }
        var tally = current >= 0 ? nodeTallies[current] ?? PathHints.Tally() : PathHints.Tally()
        for node in chain.reversed() {
            paths.trie.withLabel(of: node) { hints.tally($0, into: &tally) }
            nodeTallies[node] = tally
        }
        return tally.total
    }

    mutating func score(_ path: String) -> Double {
        guard !hints.weights.isEmpty else { return 0 }
        let score = path.utf8.withContiguousStorageIfAvailable { scoreASCII($0, path: path) } ?? nil
        return score ?? hints.score(path: path)
    }

    /// The score of ASCII path bytes, or `nil` when they are not ASCII.
    private mutating func scoreASCII(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> Double? {
        cuts.removeAll(keepingCapacity: true)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for offset in bytes.indices {
            let byte = bytes[offset]
            if byte >= 0x80 { return nil }
            if byte == UInt8(ascii: ">") { cuts.append((offset, hash)) }
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        var tally = PathHints.Tally()
        var position = 0, next = 0
        for index in cuts.indices.reversed() {
            let cut = cuts[index]
            guard let known = beginnings[Beginning(hash: cut.hash, length: cut.offset)],
                  Self.begins(known.path, with: UnsafeBufferPointer(rebasing: bytes[..<cut.offset])) else { continue }
            tally = known.tally
            position = cut.offset
            next = index + 1
            break
        }
        for cut in cuts[next...] {
            hints.tally(UnsafeBufferPointer(rebasing: bytes[position..<cut.offset]), into: &tally)
            position = cut.offset
            beginnings[Beginning(hash: cut.hash, length: cut.offset)] = (path, tally)
        }
        hints.tally(UnsafeBufferPointer(rebasing: bytes[position...]), into: &tally)
        return tally.total
    }

    /// Whether `path` begins with exactly `bytes`.
    private static func begins(_ path: String, with bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let utf8 = path.utf8
        guard utf8.count >= bytes.count else { return false }
        return utf8.withContiguousStorageIfAvailable { stored in
            PagePaths.equal(UnsafeBufferPointer(rebasing: stored[..<bytes.count]), bytes)
        } ?? utf8.prefix(bytes.count).elementsEqual(bytes)
    }
}
