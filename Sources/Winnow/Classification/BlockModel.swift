/// A logistic model over ``FeatureVector``: the content probability of a block.
///
/// The default weights are trained by `winnow-bench train` on WCXB dev, Readability and fundus
/// blocks labelled by alignment with their gold text; until a trained model is loaded, hand-set
/// weights stand in.
struct BlockModel: Sendable, Hashable, Codable {
    var names: [String]
    var weights: [Double]

    func probability(_ vector: [Double]) -> Double {
        var z = 0.0
        for (w, x) in zip(weights, vector) { z += w * x }
        return 1 / (1 + Self.exp(-z))
    }

    private static func exp(_ x: Double) -> Double {
        // Clamp to avoid overflow on extreme inputs.
        let clamped = Swift.max(-40, Swift.min(40, x))
        var result = 1.0, term = 1.0
        // Foundation's exp is fine, but keep the model free of platform differences.
        for n in 1...30 {
            term *= clamped / Double(n)
            result += term
        }
        return result
    }

    /// Hand-set weights, used until a trained model is loaded.
    static let handSet = BlockModel(names: FeatureVector.names, weights: [
        -3.0, 0.35, 0.4, 0.3, -4.0, 4.0, 1.0, 0.8, -0.8, -0.5, -1.0,
        -0.3, -2.5, 1.5, 0.0, -0.3, -0.5, 0.3, -1.5, 0.5, -1.5, -4.0, -4.0,
        0.0, 0.1, 0.1,
    ])
}
