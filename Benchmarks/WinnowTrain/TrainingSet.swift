import Foundation
@_spi(Training) import Winnow

/// Labelled, weighted feature vectors.
struct TrainingSet {
    var rows: [[Double]] = []
    var labels: [Double] = []
    var weights: [Double] = []
    /// Exponent of a block's word count in its weight: 0.5 (√words) by default, 1 weighs blocks
    /// as the benchmark's shingles do.
    var wordExponent = 0.5

    var count: Int { rows.count }

    /// Adds a block; longer blocks weigh more (the benchmark counts words), sub-linearly so that
    /// short blocks still shape the model.
    mutating func append(_ row: [Double], label: Bool, words: Int) {
        rows.append(row)
        labels.append(label ? 1 : 0)
        weights.append(pow(Double(words) + 1, wordExponent))
    }

    /// Weighted share of blocks the model puts on the right side of 0.5.
    func accuracy(of model: BlockModel) -> Double {
        var right = 0.0, total = 0.0
        for i in rows.indices {
            let p = model.probability(rows[i])
            if (p >= 0.5) == (labels[i] == 1) { right += weights[i] }
            total += weights[i]
        }
        return total > 0 ? right / total : 0
    }
}

/// L2-regularised logistic regression fitted by Newton's method (IRLS). Weights in `fixed`
/// keep their given value (an offset input, such as the container model's block log-odds).
struct LogisticFit {
    var l2: Double
    var iterations = 25

    func fit(_ data: TrainingSet, names: [String] = BlockModel.featureNames, fixed: [Int: Double] = [:]) -> BlockModel {
        let d = names.count
        var w = [Double](repeating: 0, count: d)
        for (j, value) in fixed { w[j] = value }
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: d)
            var hessian = [Double](repeating: 0, count: d * d)
            for i in data.rows.indices {
                let x = data.rows[i]
                var z = 0.0
                for j in 0..<d { z += w[j] * x[j] }
                let p = 1 / (1 + exp(-max(-40, min(40, z))))
                let c = data.weights[i]
                let g = c * (p - data.labels[i]), h = c * max(p * (1 - p), 1e-9)
                for j in 0..<d where x[j] != 0 {
                    gradient[j] += g * x[j]
                    for k in j..<d where x[k] != 0 { hessian[j * d + k] += h * x[j] * x[k] }
                }
            }
            for j in 0..<d where fixed[j] != nil {
                gradient[j] = 0
                for k in 0..<d { hessian[j * d + k] = 0; hessian[k * d + j] = 0 }
            }
            for j in 0..<d {
                if j > 0 && fixed[j] == nil { gradient[j] += l2 * w[j]; hessian[j * d + j] += l2 }
                hessian[j * d + j] += 1e-6
                for k in 0..<j { hessian[j * d + k] = hessian[k * d + j] }
            }
            let step = Cholesky.solve(hessian, gradient, size: d)
            var change = 0.0
            for j in 0..<d { w[j] -= step[j]; change = max(change, abs(step[j])) }
            if change < 1e-6 { break }
        }
        return BlockModel(names: names, weights: w)
    }
}

/// Solves a symmetric positive-definite system.
enum Cholesky {
    static func solve(_ a: [Double], _ b: [Double], size n: Int) -> [Double] {
        var l = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0...i {
                var sum = a[i * n + j]
                for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                l[i * n + j] = i == j ? max(sum, 1e-12).squareRoot() : sum / l[j * n + j]
            }
        }
        var y = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var sum = b[i]
            for k in 0..<i { sum -= l[i * n + k] * y[k] }
            y[i] = sum / l[i * n + i]
        }
        var x = [Double](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            var sum = y[i]
            for k in (i + 1)..<n { sum -= l[k * n + i] * x[k] }
            x[i] = sum / l[i * n + i]
        }
        return x
    }
}
