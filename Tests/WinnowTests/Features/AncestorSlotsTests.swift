import Testing
@testable import Winnow

@Suite("Ancestor slots")
struct AncestorSlotsTests {
    @Test("Element numbers map to distinct slots and back, close together or scattered", arguments: [
        [[0, 1, 2], [0, 1, 3]],
        [[3, 7]],
        [[Int.min, 5], [Int.max], [-40, 5]],
        [[1_000_000_000, 2], [2]],
    ])
    func numbersRoundTrip(_ lineages: [[Int]]) {
        let blocks = lineages.map { TextBlock(text: "t", kind: .paragraph, ancestors: $0) }
        let slots = AncestorSlots(blocks)
        let numbers = Set(lineages.flatMap { $0 })
        #expect(Set(numbers.map(slots.slot)).count == numbers.count)
        for number in numbers {
            #expect((0..<slots.count).contains(slots.slot(number)))
            #expect(slots.number(slots.slot(number)) == number)
        }
    }

    @Test("The best container is the one with most evidence, the smallest number among equals")
    func bestContainerBreaksTiesBySmallestNumber() {
        let blocks = [TextBlock(text: "a", kind: .paragraph, ancestors: [9, 4]),
                      TextBlock(text: "b", kind: .paragraph, ancestors: [9, 2])]
        let verdicts = [BlockVerdict(decision: .content, probability: 0.9, reason: .articleText(probability: 0.9)),
                        BlockVerdict(decision: .content, probability: 0.9, reason: .articleText(probability: 0.9))]
        let features = [BlockFeatures(), BlockFeatures()]
        #expect(ContainerEvidence(verdicts, blocks: blocks, features: features, threshold: 0.5).container == 9)
        let split = [TextBlock(text: "a", kind: .paragraph, ancestors: [4]), TextBlock(text: "b", kind: .paragraph, ancestors: [2])]
        #expect(ContainerEvidence(verdicts, blocks: split, features: features, threshold: 0.5).container == 2)
    }
}
