/// Runs a transform over items on at most `jobs` tasks at once and hands the results back in
/// item order as soon as each one's predecessors are done.
enum ParallelMap {
    /// Transforms every item; `emit` is called once per item, in order, on the calling task.
    static func run<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int,
        _ transform: @escaping @Sendable (Item) -> Result,
        emit: (Int, Result) -> Void
    ) async {
        await withTaskGroup(of: (Int, Result).self) { group in
            var next = 0
            func start() {
                guard next < items.count else { return }
                let index = next
                let item = items[index]
                group.addTask { (index, transform(item)) }
                next += 1
            }
            for _ in 0..<max(1, jobs) { start() }
            var pending: [Int: Result] = [:]
            var emitted = 0
            while let (index, result) = await group.next() {
                pending[index] = result
                while let ready = pending.removeValue(forKey: emitted) {
                    emit(emitted, ready)
                    emitted += 1
                }
                start()
            }
        }
    }

    /// Transforms every item and returns the results in item order.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int, _ transform: @escaping @Sendable (Item) -> Result
    ) async -> [Result] {
        var results: [Result] = []
        results.reserveCapacity(items.count)
        await run(items, jobs: jobs, transform) { _, result in results.append(result) }
        return results
    }
}
