/// The DOM paths of a page's open elements as a tree of numbered nodes: a node is a path
/// from the first path element down, made of its parent node's path, `>` and one label. Two
/// elements whose paths read the same get the same node, so work that follows a path's
/// beginning (hint tallies) is done once per node, and a path's fingerprint is its parent's
/// continued over one label.
///
/// ```swift
/// var trie = PathTrie()
/// let body = Array("body".utf8).withUnsafeBufferPointer { trie.node(parent: -1, label: $0) }
/// let main = Array("div#main".utf8).withUnsafeBufferPointer { trie.node(parent: body, label: $0) }
/// trie.print(of: main) == Fingerprint.path("body>div#main").value // true
/// ```
///
/// - Complexity: O(*n*) expected in a new node's label bytes.
struct PathTrie: Sendable {
    /// Each node's parent, -1 for a node of one label.
    private var parents: [Int32] = []
    /// The labels back to back: node `i`'s is `labels[starts[i]..<starts[i + 1]]`.
    private var labels: [UInt8] = []
    private var starts: [Int] = [0]
    /// Each node's ``Fingerprint/path(_:)`` value.
    private var prints: [UInt64] = []
    /// Whether each node's path is all ASCII.
    private var asciiPaths: [Bool] = []
    private var hashes: [UInt64] = []
    /// Open addressing over ``hashes``: a node number or -1; the count is a power of two.
    private var table = [Int32](repeating: -1, count: 64)

    /// How many nodes there are.
    var count: Int { parents.count }

    /// The node of `parent`'s path followed by `>` and `label` (of `label` alone for parent -1).
    mutating func node(parent: Int, label: UnsafeBufferPointer<UInt8>) -> Int {
        var hash = UInt64(bitPattern: Int64(parent)) &* 0x9E37_79B9_7F4A_7C15
        for byte in label { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let mask = table.count - 1
        var position = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let node = Int(table[position])
            if node < 0 { break }
            if hashes[node] == hash && Int(parents[node]) == parent && labelEquals(node, label) { return node }
            position = (position + 1) & mask
        }
        let node = count
        table[position] = Int32(node)
        parents.append(Int32(parent))
        hashes.append(hash)
        labels.append(contentsOf: label)
        starts.append(labels.count)
        prints.append(Fingerprint.pathValue(continuing: parent >= 0 ? prints[parent] : nil, label: label))
        asciiPaths.append((parent < 0 || asciiPaths[parent]) && ASCII.isASCII(label))
        if count * 2 > table.count { grow() }
        return node
    }

    /// The node's parent, -1 for a node of one label.
    func parent(of node: Int) -> Int { Int(parents[node]) }

    /// The ``Fingerprint/path(_:)`` value of the node's path.
    func print(of node: Int) -> UInt64 { prints[node] }

    /// Whether the node's whole path is ASCII.
    func isASCII(_ node: Int) -> Bool { asciiPaths[node] }

    /// Calls `body` with the node's own label.
    func withLabel<Result>(of node: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        labels.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[node]..<starts[node + 1]])) }
    }

    private func labelEquals(_ node: Int, _ label: UnsafeBufferPointer<UInt8>) -> Bool {
        withLabel(of: node) { PagePaths.equal($0, label) }
    }

    /// Doubles the table, placing every node again by its hash.
    private mutating func grow() {
        table = [Int32](repeating: -1, count: table.count * 2)
        let mask = table.count - 1
        for (node, hash) in hashes.enumerated() {
            var position = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while table[position] >= 0 { position = (position + 1) & mask }
            table[position] = Int32(node)
        }
    }
}
