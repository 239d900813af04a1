import Testing
import WinnowCrawl

/// The bounded per-host batcher and the reorder buffer.
@Suite struct HostBatcherTests {
    @Test func hostBatchIsReleasedWhenItHoldsPerHostPages() {
        var batcher = HostBatcher<String>(perHost: 2, total: 10)
        #expect(batcher.add("a1", host: "a", sequence: 0).isEmpty)
        #expect(batcher.add("b1", host: "b", sequence: 1).isEmpty)
        let released = batcher.add("a2", host: "a", sequence: 2)
        #expect(released.map(\.host) == ["a"])
        #expect(released.first?.items.map(\.item) == ["a1", "a2"])
        #expect(batcher.count == 1)
    }

    @Test func exceedingTheTotalReleasesTheOldestHostUnderOldestPolicy() {
        var batcher = HostBatcher<Int>(perHost: 10, total: 3, policy: .oldest)
        for (sequence, host) in ["a", "b", "b"].enumerated() { _ = batcher.add(sequence, host: host, sequence: sequence) }
        let released = batcher.add(3, host: "b", sequence: 3)
        #expect(released.map(\.host) == ["a"])
        #expect(batcher.count == 3)
    }

    @Test func exceedingTheTotalReleasesTheLargestHostUnderLargestPolicy() {
        var batcher = HostBatcher<Int>(perHost: 10, total: 3, policy: .largest)
        for (sequence, host) in ["a", "b", "b"].enumerated() { _ = batcher.add(sequence, host: host, sequence: sequence) }
        let released = batcher.add(3, host: "c", sequence: 3)
        #expect(released.map(\.host) == ["b"])
        #expect(released.first?.items.map(\.sequence) == [1, 2])
    }

    @Test func finishReleasesEveryHostEarliestFirst() {
        var batcher = HostBatcher<Int>(perHost: 10, total: 10)
        for (sequence, host) in ["b", "a", "b", "c"].enumerated() { _ = batcher.add(sequence, host: host, sequence: sequence) }
        #expect(batcher.finish().map(\.host) == ["b", "a", "c"])
        #expect(batcher.count == 0)
    }

    @Test func reorderBufferEmitsInSequenceOrder() {
        var reorder = ReorderBuffer<String>()
        #expect(reorder.insert("c", sequence: 2).isEmpty)
        #expect(reorder.insert("b", sequence: 1).isEmpty)
        #expect(reorder.waiting == 2)
        #expect(reorder.insert("a", sequence: 0) == ["a", "b", "c"])
        #expect(reorder.waiting == 0)
        #expect(reorder.next == 3)
    }
}

/// The oldest-first release stays right while many short-lived hosts come and go.
@Suite struct HostBatcherChurnTests {
    @Test func oldestHostIsStillFoundAfterThousandsOfHostsCameAndWent() {
        var batcher = HostBatcher<Int>(perHost: 2, total: 10_000, policy: .oldest)
        _ = batcher.add(0, host: "kept", sequence: 0)
        var sequence = 1
        for host in 1...5_000 {
            for _ in 0..<2 {
                _ = batcher.add(sequence, host: "h\(host)", sequence: sequence)
                sequence += 1
            }
        }
        _ = batcher.add(sequence, host: "late", sequence: sequence)
        #expect(batcher.count == 2)
        #expect(batcher.release()?.host == "kept")
        #expect(batcher.release()?.host == "late")
        #expect(batcher.release() == nil)
    }
}
