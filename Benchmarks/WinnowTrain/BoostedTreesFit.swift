import Foundation
@_spi(Training) import Winnow

/// Gradient-boosted shallow regression trees on the logistic loss, fitted on top of a logistic
/// model's scores (Newton leaf values, histogram split search over quantile bins).
struct BoostedTreesFit {
    var rounds: Int
    var depth: Int
    var learningRate: Double
    var l2: Double
    /// Least hessian weight a leaf must hold.
    var minimumLeafWeight: Double
    var bins = 32

    func fit(_ data: TrainingSet, base: BlockModel) -> [RegressionTree] {
        let n = data.count, d = BlockModel.featureNames.count
        guard n > 0 else { return [] }
        let edges = (0..<d).map { feature in Self.quantileEdges(data.rows.map { $0[feature] }, bins: bins) }
        var binned = [UInt8](repeating: 0, count: n * d)
        for i in 0..<n { for j in 0..<d { binned[i * d + j] = UInt8(Self.bin(data.rows[i][j], edges[j])) } }
        var scores = data.rows.map { base.score($0) }
        var trees: [RegressionTree] = []
        for _ in 0..<rounds {
            var g = [Double](repeating: 0, count: n), h = [Double](repeating: 0, count: n)
            for i in 0..<n {
                let p = 1 / (1 + exp(-max(-40, min(40, scores[i]))))
                g[i] = data.weights[i] * (p - data.labels[i])
                h[i] = data.weights[i] * max(p * (1 - p), 1e-6)
            }
            let tree = grow(binned: binned, d: d, edges: edges, g: g, h: h, rows: Array(0..<n))
            for i in 0..<n { scores[i] += tree.value(for: data.rows[i]) }
            trees.append(tree)
        }
        return trees
    }

    private func grow(binned: [UInt8], d: Int, edges: [[Double]], g: [Double], h: [Double], rows: [Int]) -> RegressionTree {
        var tree = RegressionTree(features: [], thresholds: [], left: [], right: [], values: [])
        var queue: [(node: Int, rows: [Int], level: Int)] = []
        func addNode(_ rows: [Int], level: Int) -> Int {
            let index = tree.features.count
            let (sg, sh) = rows.reduce((0.0, 0.0)) { ($0.0 + g[$1], $0.1 + h[$1]) }
            tree.features.append(-1); tree.thresholds.append(0); tree.left.append(0); tree.right.append(0)
            tree.values.append(-learningRate * sg / (sh + l2))
            queue.append((index, rows, level))
            return index
        }
        _ = addNode(rows, level: 0)
        var cursor = 0
        while cursor < queue.count {
            let (node, nodeRows, level) = queue[cursor]
            cursor += 1
            guard level < depth, let split = bestSplit(binned: binned, d: d, g: g, h: h, rows: nodeRows) else { continue }
            let leftRows = nodeRows.filter { Int(binned[$0 * d + split.feature]) <= split.bin }
            let rightRows = nodeRows.filter { Int(binned[$0 * d + split.feature]) > split.bin }
            tree.features[node] = split.feature
            tree.thresholds[node] = edges[split.feature][split.bin]
            tree.left[node] = addNode(leftRows, level: level + 1)
            tree.right[node] = addNode(rightRows, level: level + 1)
        }
        return tree
    }

    /// The split (feature, last bin going left) with the best gain, if any clears the leaf weight.
    private func bestSplit(binned: [UInt8], d: Int, g: [Double], h: [Double], rows: [Int]) -> (feature: Int, bin: Int)? {
        var hg = [Double](repeating: 0, count: d * bins), hh = [Double](repeating: 0, count: d * bins)
        var totalG = 0.0, totalH = 0.0
        for i in rows {
            totalG += g[i]; totalH += h[i]
            let base = i * d
            for j in 0..<d {
                let slot = j * bins + Int(binned[base + j])
                hg[slot] += g[i]; hh[slot] += h[i]
            }
        }
        let parent = totalG * totalG / (totalH + l2)
        var best: (feature: Int, bin: Int)?
        var bestGain = 1e-9
        for j in 0..<d {
            var lg = 0.0, lh = 0.0
            for b in 0..<(bins - 1) {
                lg += hg[j * bins + b]; lh += hh[j * bins + b]
                let rg = totalG - lg, rh = totalH - lh
                guard lh >= minimumLeafWeight, rh >= minimumLeafWeight else { continue }
                let gain = lg * lg / (lh + l2) + rg * rg / (rh + l2) - parent
                if gain > bestGain { bestGain = gain; best = (j, b) }
            }
        }
        return best
    }

    /// Upper edges of up to `bins` quantile bins; a value goes to the first bin whose edge exceeds it.
    static func quantileEdges(_ values: [Double], bins: Int) -> [Double] {
        let sorted = values.sorted()
        var edges: [Double] = []
        for k in 1..<bins {
            let v = sorted[min(sorted.count - 1, k * sorted.count / bins)]
            if edges.last.map({ v > $0 }) ?? true { edges.append(v) }
        }
        edges.append(.infinity)
        while edges.count < bins { edges.append(.infinity) }
        return edges
    }

    static func bin(_ value: Double, _ edges: [Double]) -> Int {
        var low = 0, high = edges.count - 1
        while low < high {
            let mid = (low + high) / 2
            if value < edges[mid] { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
