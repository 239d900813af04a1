/// Dense slots for the element numbers in a page's ``TextBlock/ancestors``, so per-element
/// totals live in arrays instead of `[Int: …]` tables.
///
/// Segmentation numbers elements 0, 1, 2, …, so a slot is the number minus the smallest; blocks
/// made by hand with scattered numbers get slots from a table instead.
///
/// ```swift
/// let slots = AncestorSlots([TextBlock(text: "a", kind: .paragraph, ancestors: [3, 7])])
/// slots.count   // 5
/// slots.slot(7) // 4
/// slots.number(4) // 7
/// ```
///
/// - Complexity: O(*n*) in the ancestor entries; `count` is at most 4 *n* + 64 slots.
struct AncestorSlots: Sendable {
    /// How many slots there are.
    let count: Int
    private let minimum: Int
    /// For scattered numbers: each number's slot, and each slot's number.
    private let table: [Int: Int]
    private let numbers: [Int]

    init(_ blocks: [TextBlock]) {
        var low = Int.max, high = Int.min, entries = 0
        // By index: iterating the blocks would copy each (retaining its text and path too).
        for index in blocks.indices {
            let ancestors = blocks[index].ancestors
            for number in ancestors {
                low = min(low, number)
                high = max(high, number)
            }
            entries += ancestors.count
        }
        guard entries > 0 else {
            (count, minimum, table, numbers) = (0, 0, [:], [])
            return
        }
        let span = high.subtractingReportingOverflow(low)
        if !span.overflow && span.partialValue <= 4 * entries + 64 {
            (count, minimum, table, numbers) = (high - low + 1, low, [:], [])
            return
        }
        var table: [Int: Int] = [:]
        var numbers: [Int] = []
        for index in blocks.indices {
            for number in blocks[index].ancestors where table[number] == nil {
                table[number] = numbers.count
                numbers.append(number)
            }
        }
        (count, minimum, self.table, self.numbers) = (numbers.count, 0, table, numbers)
    }

    /// The slot of an element number that occurs in the blocks' ancestors.
    @inline(__always)
    func slot(_ number: Int) -> Int {
        numbers.isEmpty ? number &- minimum : table[number] ?? 0
    }

    /// The element number of a slot.
    func number(_ slot: Int) -> Int {
        numbers.isEmpty ? slot + minimum : numbers[slot]
    }
}
