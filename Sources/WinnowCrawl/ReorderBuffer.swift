/// Puts results that finish out of order back into sequence order: each result waits until all
/// results with smaller sequence numbers have been emitted.
///
/// Memory: the buffer holds every result whose predecessors are not done yet; callers bound it by
/// bounding how far ahead of the earliest unfinished item they work (``waiting`` tells how many).
///
/// ```swift
/// var reorder = ReorderBuffer<String>()
/// reorder.insert("b", sequence: 1) // []
/// reorder.insert("a", sequence: 0) // ["a", "b"]
/// ```
public struct ReorderBuffer<Element> {
    private var pending: [Int: Element] = [:]
    /// The next sequence number to emit.
    public private(set) var next: Int

    /// Creates a buffer expecting `first` as the first sequence number.
    ///
    /// ```swift
    /// var reorder = ReorderBuffer<Article>()
    /// ```
    public init(first: Int = 0) {
        self.next = first
    }

    /// How many results wait for a predecessor.
    ///
    /// ```swift
    /// reorder.waiting // 1
    /// ```
    public var waiting: Int { pending.count }

    /// Adds a result; returns the results now ready, in order.
    ///
    /// ```swift
    /// for ready in reorder.insert(result, sequence: 4) { write(ready) }
    /// ```
    public mutating func insert(_ element: Element, sequence: Int) -> [Element] {
        pending[sequence] = element
        var ready: [Element] = []
        while let element = pending.removeValue(forKey: next) {
            ready.append(element)
            next += 1
        }
        return ready
    }
}
