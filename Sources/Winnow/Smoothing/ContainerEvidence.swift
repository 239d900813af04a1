/// The net content evidence of every element of a page, and the element with the most: the
/// article's container.
///
/// Each block adds its words, weighted by how far its content probability lies from the
/// threshold (positive for likely content, negative for likely furniture), to every element
/// that encloses it, as in Readability's top-candidate search but over classified blocks.
struct ContainerEvidence: Sendable {
    /// The element with the most evidence, or `nil` when no element has positive evidence.
    let container: Int?
    private let slots: AncestorSlots
    private let evidence: [Double]

    init(_ verdicts: [BlockVerdict], blocks: [TextBlock], features: [BlockFeatures], threshold: Double) {
        let slots = AncestorSlots(blocks)
        var evidence = [Double](repeating: 0, count: slots.count)
        var seen = [Bool](repeating: false, count: slots.count)
        for index in verdicts.indices {
            let weight = (verdicts[index].probability - threshold) * Double(max(features[index].words, 1))
            for ancestor in blocks[index].ancestors {
                let slot = slots.slot(ancestor)
                evidence[slot] += weight
                seen[slot] = true
            }
        }
        // The most evidence; among equals, the smallest element number.
        var best: (number: Int, value: Double)?
        for slot in evidence.indices where seen[slot] {
            let number = slots.number(slot), value = evidence[slot]
            if let current = best, value < current.value || (value == current.value && number > current.number) { continue }
            best = (number, value)
        }
        self.slots = slots
        self.evidence = evidence
        container = best.flatMap { $0.value > 0 ? $0.number : nil }
    }

    /// The net evidence of element `number`, which must enclose one of the page's blocks.
    func evidence(of number: Int) -> Double {
        evidence[slots.slot(number)]
    }
}
