/// One shallow regression tree of a boosted ensemble: adds a learned amount of log-odds to a
/// block's content score, depending on a few feature thresholds.
///
/// Nodes are stored flat: node `i` splits on `features[i]` at `thresholds[i]` (go to `left[i]`
/// when the value is below, else `right[i]`); a node whose `features[i]` is -1 is a leaf worth
/// `values[i]`.
///
/// ```swift
/// let stump = RegressionTree(features: [4, -1, -1], thresholds: [0.5, 0, 0],
///                            left: [1, 0, 0], right: [2, 0, 0], values: [0, 0.8, -1.2])
/// stump.value(for: vector)
/// ```
@_spi(Training)
public struct RegressionTree: Sendable, Hashable, Codable {
    /// Split feature per node, -1 for leaves.
    public var features: [Int]
    /// Split threshold per node.
    public var thresholds: [Double]
    /// Child index when the value is below the threshold.
    public var left: [Int]
    /// Child index otherwise.
    public var right: [Int]
    /// Leaf value (log-odds) per node.
    public var values: [Double]

    /// Creates a tree from its flat node arrays.
    ///
    /// ```swift
    /// let leaf = RegressionTree(features: [-1], thresholds: [0], left: [0], right: [0], values: [0.1])
    /// ```
    public init(features: [Int], thresholds: [Double], left: [Int], right: [Int], values: [Double]) {
        self.features = features
        self.thresholds = thresholds
        self.left = left
        self.right = right
        self.values = values
    }

    /// The tree's output for a feature vector; a malformed tree yields 0 rather than trapping.
    ///
    /// ```swift
    /// let delta = tree.value(for: vector)
    /// ```
    public func value(for vector: [Double]) -> Double {
        var node = 0
        for _ in 0..<features.count {
            guard node >= 0, node < features.count else { return 0 }
            let feature = features[node]
            if feature < 0 { return node < values.count ? values[node] : 0 }
            guard feature < vector.count, node < thresholds.count, node < left.count, node < right.count else { return 0 }
            node = vector[feature] < thresholds[node] ? left[node] : right[node]
        }
        return 0
    }
}
