/// The path labels of the open elements as one UTF-8 run, `body>div#main>p`, so a block's path
/// is one slice of it rather than its labels joined again for every block.
///
/// Labels are added only when a block's path first reaches their element (most elements never
/// appear in a path) and dropped when it closes: the run always holds the labels of a prefix of
/// the open elements, each at a range recorded by its stack index.
///
/// ```swift
/// var openPath = OpenPath()
/// openPath.extend(through: 2, of: stack, firstIndex: 1, maximumClasses: 3, trie: &trie)
/// openPath.withPath(from: 1, through: 2) { String(decoding: $0, as: UTF8.self) } // "body>div#main"
/// openPath.truncate(to: 2) // the div closed
/// ```
struct OpenPath {
    /// The labels joined by `>`.
    private var bytes: [UInt8] = []
    /// Where each covered element's label starts and ends in ``bytes``, by stack index.
    private var ranges: [Range<Int>] = []
    /// Each covered element's ``PathTrie`` node (its path from `firstIndex`), by stack index;
    /// -1 before `firstIndex`.
    private var nodes: [Int] = []

    /// Drops the labels of elements at stack index `count` and deeper (they closed).
    mutating func truncate(to count: Int) {
        guard count < ranges.count else { return }
        bytes.removeSubrange((count == 0 ? 0 : ranges[count - 1].upperBound)...)
        ranges.removeSubrange(count...)
        nodes.removeSubrange(count...)
    }

    /// Adds the labels of the open elements `frames` up to stack index `last`, each with its
    /// node in `trie`; elements before `firstIndex` (the `html` root) get none.
    mutating func extend(through last: Int, of frames: [BlockFrame], firstIndex: Int, maximumClasses: Int,
                         trie: inout PathTrie) {
        while ranges.count <= last {
            let index = ranges.count
            guard index >= firstIndex else {
                ranges.append(bytes.count..<bytes.count)
                nodes.append(-1)
                continue
            }
            if index > firstIndex { bytes.append(UInt8(ascii: ">")) }
            let start = bytes.count
            frames[index].appendLabel(to: &bytes, maximumClasses: maximumClasses)
            ranges.append(start..<bytes.count)
            let parent = index > firstIndex ? nodes[index - 1] : -1
            nodes.append(bytes.withUnsafeBufferPointer { trie.node(parent: parent, label: UnsafeBufferPointer(rebasing: $0[start...])) })
        }
    }

    /// The ``PathTrie`` node of the covered element at stack index `index` (-1 for none).
    func node(at index: Int) -> Int { index >= 0 && index < nodes.count ? nodes[index] : -1 }

    /// Calls `body` with the UTF-8 of the labels from stack index `first` through `last`, joined
    /// by `>` (both must be covered; empty otherwise).
    func withPath<Result>(from first: Int, through last: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard first <= last, last < ranges.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return bytes.withUnsafeBufferPointer {
            body(UnsafeBufferPointer(rebasing: $0[ranges[first].lowerBound..<ranges[last].upperBound]))
        }
    }
}
