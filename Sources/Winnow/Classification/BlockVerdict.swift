/// A stage's verdict on one block: decision, content probability, and the reason.
struct BlockVerdict: Sendable, Hashable {
    var decision: Decision
    var probability: Double
    var reason: Reason
}
