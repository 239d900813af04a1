/// Buffers a stream's pages by host, in bounded memory, and hands back per-host batches so each
/// site's profile can be learned from many of its pages before they are extracted.
///
/// A host's batch is released when it holds ``perHost`` pages; when all buffers together hold more
/// than ``total`` pages, one batch is released early by the ``Policy``. At most `total` items are
/// held at any time (plus the one being added).
///
/// ```swift
/// var batcher = HostBatcher<Page>(perHost: 64, total: 2_000, policy: .oldest)
/// for (sequence, page) in pages.enumerated() {
///     for batch in batcher.add(page, host: page.host ?? "", sequence: sequence) { process(batch) }
/// }
/// for batch in batcher.finish() { process(batch) }
/// ```
public struct HostBatcher<Item> {
    /// Which host's pages go when the total bound is exceeded.
    public enum Policy: Sendable {
        /// The host holding the earliest page: lets output in input order move on.
        case oldest
        /// The host holding the most pages (the earliest among equals): the best profiles.
        case largest
    }

    /// Pages of one host, released together, in the order they were added.
    public struct Batch {
        /// The host (site key) of every item.
        public var host: String
        /// The items with the sequence numbers they were added with.
        public var items: [(sequence: Int, item: Item)]
    }

    /// The most pages buffered for one host.
    public let perHost: Int
    /// The most pages buffered for all hosts together.
    public let total: Int
    /// How a batch is chosen when `total` is exceeded.
    public let policy: Policy
    private var buffers: [String: [(sequence: Int, item: Item)]] = [:]
    /// How many items are buffered now.
    public private(set) var count = 0

    /// Creates a batcher; bounds below 1 are raised to 1.
    ///
    /// ```swift
    /// var batcher = HostBatcher<String>(perHost: 2, total: 3)
    /// ```
    public init(perHost: Int, total: Int, policy: Policy = .oldest) {
        self.perHost = max(1, perHost)
        self.total = max(1, total)
        self.policy = policy
    }

    /// Adds one item; returns the batches this releases (usually none).
    ///
    /// ```swift
    /// let ready = batcher.add(page, host: "example.com", sequence: 7)
    /// ```
    public mutating func add(_ item: Item, host: String, sequence: Int) -> [Batch] {
        buffers[host, default: []].append((sequence, item))
        count += 1
        var released: [Batch] = []
        if let buffer = buffers[host], buffer.count >= perHost {
            released.append(take(host))
        }
        while count > total, let batch = release() { released.append(batch) }
        return released
    }

    /// Releases one batch chosen by the policy; `nil` when nothing is buffered.
    ///
    /// ```swift
    /// if let batch = batcher.release() { process(batch) }
    /// ```
    public mutating func release() -> Batch? {
        let chosen: String?
        switch policy {
        case .oldest:
            chosen = buffers.min { ($0.value.first?.sequence ?? .max) < ($1.value.first?.sequence ?? .max) }?.key
        case .largest:
            chosen = buffers.min { lhs, rhs in
                lhs.value.count != rhs.value.count ? lhs.value.count > rhs.value.count
                    : (lhs.value.first?.sequence ?? .max) < (rhs.value.first?.sequence ?? .max)
            }?.key
        }
        return chosen.map { take($0) }
    }

    /// Releases everything left, earliest first page first.
    ///
    /// - Complexity: O(h log h) for h hosts buffered.
    ///
    /// ```swift
    /// for batch in batcher.finish() { process(batch) }
    /// ```
    public mutating func finish() -> [Batch] {
        let hosts = buffers.sorted { ($0.value.first?.sequence ?? .max) < ($1.value.first?.sequence ?? .max) }.map(\.key)
        return hosts.map { take($0) }
    }

    private mutating func take(_ host: String) -> Batch {
        let items = buffers.removeValue(forKey: host) ?? []
        count -= items.count
        return Batch(host: host, items: items)
    }
}
