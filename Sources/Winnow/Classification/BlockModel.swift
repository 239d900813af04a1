import Foundation

/// A logistic model over ``FeatureVector``, refined by boosted shallow trees: the content
/// probability of a block.
///
/// Weights and trees are trained by `winnow-train` on WCXB dev, Readability and fundus blocks labelled by
/// alignment with their gold text, and shipped as `Resources/model.json` (one model for HTML
/// blocks, one for plain-text lines). Where no trained model is shipped for a kind, hand-set
/// weights stand in.
@_spi(Training)
public struct BlockModel: Sendable, Hashable, Codable {
    /// Feature names, in weight order; must equal ``FeatureVector/names``.
    public var names: [String]
    /// One weight per feature.
    public var weights: [Double]
    /// Trees whose outputs add to the logistic score (log-odds), fitted on its residuals.
    public var trees: [RegressionTree]

    /// Creates a model.
    ///
    /// ```swift
    /// let model = BlockModel(names: BlockModel.featureNames, weights: fitted, trees: boosted)
    /// ```
    public init(names: [String], weights: [Double], trees: [RegressionTree] = []) {
        self.names = names
        self.weights = weights
        self.trees = trees
    }

    private enum CodingKeys: String, CodingKey { case names, weights, trees }

    /// Decodes a model; `trees` may be absent.
    ///
    /// ```swift
    /// let model = try JSONDecoder().decode(BlockModel.self, from: data)
    /// ```
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        names = try container.decode([String].self, forKey: .names)
        weights = try container.decode([Double].self, forKey: .weights)
        trees = try container.decodeIfPresent([RegressionTree].self, forKey: .trees) ?? []
    }

    /// The feature names the library computes, in order.
    ///
    /// ```swift
    /// BlockModel.featureNames.count
    /// ```
    public static var featureNames: [String] { FeatureVector.names }

    /// The content probability for a feature vector.
    ///
    /// ```swift
    /// let p = model.probability(vector)
    /// ```
    public func probability(_ vector: [Double]) -> Double {
        1 / (1 + exp(-max(-40, min(40, score(vector)))))
    }

    /// The content log-odds for a feature vector.
    ///
    /// ```swift
    /// let z = model.score(vector)
    /// ```
    public func score(_ vector: [Double]) -> Double {
        var z = 0.0
        for (w, x) in zip(weights, vector) { z += w * x }
        for tree in trees { z += tree.value(for: vector) }
        return z
    }

    /// Hand-set weights, used where no trained model is shipped.
    static let handSet = BlockModel(names: FeatureVector.names, weights: [
        -3.0, 0.35, 0.4, 0.3, -4.0, 4.0, 1.0, 0.8, -0.8, -0.5, -1.0,
        -0.3, -2.5, 1.5, 0.0, -0.3, -0.5, 0.3, -1.5, 0.5, -1.5, -4.0, -4.0,
        0.0, 0.1, 0.1, 0.5, -0.5, -1.0, 0.0, 0.0, 0.2, 0.3,
    ])
}

/// The shipped models, one per page kind.
@_spi(Training)
public struct BlockModels: Sendable, Hashable, Codable {
    /// The model for HTML blocks.
    public var html: BlockModel
    /// The model for plain-text lines.
    public var text: BlockModel
    /// The class/id word table for HTML paths.
    public var pathHints: PathHints
    /// The model that revises HTML verdicts by each block's relation to the article's container
    /// (``containerFeatureNames`` order), or `nil` for the fixed outside-the-container rule.
    public var container: BlockModel?

    /// Creates a model set.
    ///
    /// ```swift
    /// let models = BlockModels(html: htmlModel, text: textModel, pathHints: hints, container: containerModel)
    /// ```
    public init(html: BlockModel, text: BlockModel, pathHints: PathHints, container: BlockModel? = nil) {
        self.html = html
        self.text = text
        self.pathHints = pathHints
        self.container = container
    }

    /// The container model's input names, in vector order.
    ///
    /// ```swift
    /// let width = BlockModels.containerFeatureNames.count
    /// ```
    public static var containerFeatureNames: [String] { ContainerVector.names }

    /// The index of the container model's input that carries the block model's log-odds; its
    /// weight is fixed at 1.
    ///
    /// ```swift
    /// let fixed = [BlockModels.containerLogitIndex: 1.0]
    /// ```
    public static var containerLogitIndex: Int { ContainerVector.contentLogitIndex }

    /// The models in `Resources/model.json` (read by ``ModelFileReader``, or `JSONDecoder` where
    /// it declines), or hand-set weights where that file is missing, unreadable or computed for
    /// other features.
    static let shipped: BlockModels = {
        let fallback = BlockModels(html: .handSet, text: .handSet, pathHints: PathHints(weights: [:]))
        guard let url = Bundle.module.url(forResource: "model", withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url),
              let models = data.withUnsafeBytes({ ModelFileReader.models(from: $0.bindMemory(to: UInt8.self)) })
                ?? (try? JSONDecoder().decode(BlockModels.self, from: data)) else { return fallback }
        let fits = { (model: BlockModel, names: [String]) in model.names == names && model.weights.count == names.count }
        return BlockModels(html: fits(models.html, FeatureVector.names) ? models.html : .handSet,
                           text: fits(models.text, FeatureVector.names) ? models.text : .handSet, pathHints: models.pathHints,
                           container: models.container.flatMap { fits($0, ContainerVector.names) ? $0 : nil })
    }()
}
