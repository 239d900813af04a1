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
    /// Hosts by the sequence number their buffer started with, earliest first; entries whose
    /// buffer has since been released are skipped lazily.
    private var starts: [(host: String, sequence: Int)] = []
    private var startsHead = 0
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

    /// Adds one item; returns the batches this releases (usually none). Sequence numbers must
    /// increase from one call to the next.
    ///
    /// ```swift
    /// let ready = batcher.add(page, host: "example.com", sequence: 7)
    /// ```
    public mutating func add(_ item: Item, host: String, sequence: Int) -> [Batch] {
        let isNew = buffers[host] == nil
        buffers[host, default: []].append((sequence, item))
        count += 1
        if isNew, policy == .oldest {
            starts.append((host, sequence))
            if starts.count - startsHead > 2 * buffers.count + Self.staleAllowance { rebuildStarts() }
        }
        var released: [Batch] = []
        if let buffer = buffers[host], buffer.count >= perHost {
            released.append(take(host))
        }
        while count > total, let batch = release() { released.append(batch) }
        return released
    }

    /// Releases one batch chosen by the policy; `nil` when nothing is buffered.
    ///
    /// - Complexity: amortised O(1) for `.oldest`; O(h) for `.largest` with h hosts buffered.
    ///
    /// ```swift
    /// if let batch = batcher.release() { process(batch) }
    /// ```
    public mutating func release() -> Batch? {
        let chosen: String?
        switch policy {
        case .oldest:
            chosen = earliestHost()
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

    /// The host whose buffer holds the earliest item, skipping stale entries of `starts`.
    private mutating func earliestHost() -> String? {
        while startsHead < starts.count {
            let entry = starts[startsHead]
            if buffers[entry.host]?.first?.sequence == entry.sequence { return entry.host }
            startsHead += 1
        }
        return nil
    }

    /// Stale entries of `starts` tolerated before it is rebuilt from the live buffers.
    private static var staleAllowance: Int { 1024 }

    /// `starts` without stale entries: the live buffers by first sequence number.
    private mutating func rebuildStarts() {
        starts = buffers.compactMap { host, items in items.first.map { (host, $0.sequence) } }
            .sorted { $0.sequence < $1.sequence }
        startsHead = 0
    }

    private mutating func take(_ host: String) -> Batch {
        let items = buffers.removeValue(forKey: host) ?? []
        count -= items.count

        return Batch(host: host, items: items)
    }
}
