import Foundation

/// The numeric inputs of the container model, named, in a fixed order shared by training and
/// inference.
///
/// The model revises the block model's verdict in the light of where the block stands to the
/// article's container. Its second input is the block model's own log-odds with a weight fixed
/// at 1, so the container model learns only a correction and a block far from any doubt keeps
/// its verdict.
enum ContainerVector {
    /// Feature names, in vector order.
    static let names: [String] = [
        "bias", "contentLogit", "inContainer", "hasContainer", "levelsUp", "levelsDown",
        "junctionEvidence", "branchEvidence", "beforeContainer", "afterContainer", "betweenContainer",
        "logBlocksAway", "previousLogit", "nextLogit", "logWords",
        "isHeading", "isListItem", "isTableCell", "isQuote", "isCaption", "isParagraph",
    ]

    /// The index of the block model's log-odds, whose weight training keeps at 1.
    static let contentLogitIndex = 1

    /// The log-odds stand-in for a missing neighbour: a block of clear furniture.
    static let missingNeighbourLogit = -5.0

    /// The vector of block `index`, from the block model's verdicts and the container relations.
    static func make(at index: Int, verdicts: [BlockVerdict], relations: [ContainerRelation],
                     blocks: [TextBlock], features: [BlockFeatures]) -> [Double] {
        let r = relations[index], kind = blocks[index].kind
        let flag = { (value: Bool) in value ? 1.0 : 0.0 }
        return [
            1,
            logit(verdicts[index].probability),
            flag(r.isInside),
            flag(r.hasContainer),
            Double(min(r.levelsUp, 6)) / 6,
            Double(min(r.levelsDown, 10)) / 10,
            max(-2, min(2, r.junctionEvidenceShare)),
            max(-2, min(2, r.branchEvidenceShare)),
            flag(r.isBefore),
            flag(r.isAfter),
            flag(r.isBetween),
            log1p(Double(r.blocksAway)),
            index > 0 ? logit(verdicts[index - 1].probability) : missingNeighbourLogit,
            index + 1 < verdicts.count ? logit(verdicts[index + 1].probability) : missingNeighbourLogit,
            log1p(Double(features[index].words)),
            flag(kind == .heading), flag(kind == .listItem), flag(kind == .tableCell),
            flag(kind == .quote), flag(kind == .caption), flag(kind == .paragraph),
        ]
    }

    /// Log-odds of a probability, kept finite.
    static func logit(_ p: Double) -> Double {
        let clamped = max(1e-4, min(1 - 1e-4, p))
        return log(clamped / (1 - clamped))
    }
}
