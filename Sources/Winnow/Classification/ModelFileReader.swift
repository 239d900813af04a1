import Foundation

/// A quick reading of `model.json` for ``BlockModels/shipped``: `JSONDecoder` spends most of a
/// run's start-up building the path-hint table through `Codable`. This reads the file's JSON
/// subset straight into the models, and gives `nil` for anything it does not read exactly as
/// `JSONDecoder` would (trees, string escapes, repeated keys in the objects it reads, invalid
/// UTF-8, deep nesting, numbers out of range), so the caller decodes those files with `JSONDecoder`.
///
/// ```swift
/// let models = ModelFileReader.models(from: bytes) ?? (try JSONDecoder().decode(BlockModels.self, from: data))
/// ```
///
/// - Complexity: O(*n*) in the file's bytes; read by ``JSONParser`` in its exact subset
///   (``JSONParser/Dialect/exactSubset``, nesting at most 8 levels; the file is four deep).
enum ModelFileReader {
    /// The models in `bytes`, or `nil` when the file needs `JSONDecoder`.
    static func models(from bytes: UnsafeBufferPointer<UInt8>) -> BlockModels? {
        guard case .object(let rootFields)? = JSONParser.parse(bytes, dialect: .exactSubset), let fields = Self.fields(rootFields),
              let html = fields["html"].flatMap(model), let text = fields["text"].flatMap(model),
              case .object(let hintFields)? = fields["pathHints"], let hints = Self.fields(hintFields),
              case .object(let hintValues)? = hints["weights"]
        else { return nil }
        var weights: [String: Double] = [:]
        weights.reserveCapacity(hintValues.count)
        for (word, value) in hintValues {
            guard case .number(let weight) = value, weights.updateValue(weight, forKey: word) == nil else { return nil }
        }
        var container: BlockModel?
        switch fields["container"] {
        case nil, .null?: container = nil
        case let value?:
            guard let decoded = model(value) else { return nil }
            container = decoded
        }
        return BlockModels(html: html, text: text, pathHints: PathHints(weights: weights), container: container)
    }

    /// An object's fields by key; `nil` when a key repeats.
    private static func fields(_ pairs: [(key: String, value: JSONValue)]) -> [String: JSONValue]? {
        var fields: [String: JSONValue] = [:]
        for (key, value) in pairs where fields.updateValue(value, forKey: key) != nil { return nil }
        return fields
    }

    /// A model without trees (an absent or empty `trees` array); `nil` otherwise.
    private static func model(_ value: JSONValue) -> BlockModel? {
        guard case .object(let pairs) = value, let fields = Self.fields(pairs), case .array(let nameValues)? = fields["names"],
              case .array(let weightValues)? = fields["weights"] else { return nil }
        if let trees = fields["trees"] {
            guard case .array(let list) = trees, list.isEmpty else { return nil }
        }
        var names: [String] = []
        for name in nameValues {
            guard case .string(let string) = name else { return nil }
            names.append(string)
        }
        var weights: [Double] = []
        for weight in weightValues {
            guard case .number(let number) = weight else { return nil }
            weights.append(number)
        }
        return BlockModel(names: names, weights: weights)
    }
}
