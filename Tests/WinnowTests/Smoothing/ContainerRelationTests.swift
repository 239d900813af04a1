import Foundation
import Testing
@_spi(Training) @testable import Winnow

@Suite("The article container and each block's relation to it")
struct ContainerRelationTests {
    /// body(1) > article(2) > [section(3) > p, p] [section(4) > p], body(1) > aside(5) > p, p
    static let blocks = [
        TextBlock(text: "first", kind: .paragraph, ancestors: [1, 2, 3]),
        TextBlock(text: "second", kind: .paragraph, ancestors: [1, 2, 3]),
        TextBlock(text: "sibling", kind: .paragraph, ancestors: [1, 2, 4]),
        TextBlock(text: "sidebar", kind: .paragraph, ancestors: [1, 5]),
        TextBlock(text: "sidebar two", kind: .paragraph, ancestors: [1, 5]),
    ]
    /// Three long paragraphs, then two short sidebar lines.
    static let features = [40, 40, 40, 3, 3].map { words in
        var f = BlockFeatures()
        f.words = words
        return f
    }

    static func verdicts(_ probabilities: [Double]) -> [BlockVerdict] {
        probabilities.map { p in
            BlockVerdict(decision: p >= 0.5 ? .content : .boilerplate, probability: p,
                         reason: p >= 0.5 ? .articleText(probability: p) : .furnitureText(probability: p))
        }
    }

    @Test("A sibling section of the container is one level up and after it; a sidebar is two")
    func relationsReadTheElementTree() {
        // Evidence: the section 2 × 0.4 × 40 = 32, the sibling −2, the article 30, the aside −1.8.
        let evidence = ContainerEvidence(Self.verdicts([0.9, 0.9, 0.45, 0.2, 0.2]), blocks: Self.blocks,
                                         features: Self.features, threshold: 0.5)
        #expect(evidence.container == 3)
        let relations = ContainerRelation.of(Self.blocks, evidence: evidence)
        #expect(relations[0].isInside && relations[1].isInside)
        #expect(relations[0].levelsUp == 0 && relations[0].junctionEvidenceShare == 1)
        #expect(!relations[2].isInside && relations[2].levelsUp == 1 && relations[2].levelsDown == 1)
        #expect(relations[2].isAfter && relations[2].blocksAway == 1)
        #expect(abs(relations[2].junctionEvidenceShare - 30.0 / 32.0) < 1e-9)
        #expect(abs(relations[2].branchEvidenceShare + 2.0 / 32.0) < 1e-9)
        #expect(relations[3].levelsUp == 2 && relations[3].blocksAway == 2 && relations[3].branchEvidenceShare < 0)
    }

    @Test("A block between the container's blocks but outside it is between")
    func blockInsideTheSpanIsBetween() {
        var blocks = Self.blocks
        blocks.swapAt(1, 2)
        let evidence = ContainerEvidence(Self.verdicts([0.9, 0.45, 0.9, 0.2, 0.2]), blocks: blocks,
                                         features: Self.features, threshold: 0.5)
        let relations = ContainerRelation.of(blocks, evidence: evidence)
        #expect(relations[1].isBetween && !relations[1].isBefore && !relations[1].isAfter && relations[1].blocksAway == 0)
    }

    @Test("Without positive evidence there is no container and every relation is empty")
    func noEvidenceNoContainer() {
        let evidence = ContainerEvidence(Self.verdicts([0.1, 0.2, 0.3, 0.1, 0.1]), blocks: Self.blocks,
                                         features: Self.features, threshold: 0.5)
        #expect(evidence.container == nil)
        #expect(ContainerRelation.of(Self.blocks, evidence: evidence).allSatisfy { $0 == ContainerRelation() })
    }

    @Test("The container model keeps a middling sibling section and drops a confident sidebar")
    func containerModelRevisesByRelation() {
        var weights = [Double](repeating: 0, count: ContainerVector.names.count)
        weights[ContainerVector.contentLogitIndex] = 1
        weights[ContainerVector.names.firstIndex(of: "levelsUp")!] = -12
        weights[ContainerVector.names.firstIndex(of: "junctionEvidence")!] = 3
        let model = BlockModel(names: ContainerVector.names, weights: weights)
        // Sibling: logit(0.45) − 12/6 + 3 × 30/32 > 0; sidebar: logit(0.7) − 12 × 2/6 + 3 × 29.7/32 < 0.
        var verdicts = Self.verdicts([0.9, 0.9, 0.45, 0.7, 0.2])
        verdicts[1] = BlockVerdict(decision: .boilerplate, probability: 0.9, reason: .duplicate(of: 0))
        let smoothed = MainContentSmoother(configuration: .init(), threshold: 0.5, model: model)
            .smooth(verdicts, blocks: Self.blocks, features: Self.features)
        #expect(smoothed[0].decision == .content)
        #expect(smoothed[1] == verdicts[1], "a repetition verdict is not revised")
        #expect(smoothed[2].decision == .content)
        #expect(smoothed[3].decision == .boilerplate && smoothed[3].reason == .outsideMainContent)
    }

    @Test("Without a container model only overwhelming evidence stays outside the container")
    func fixedRuleWithoutModel() {
        let smoothed = MainContentSmoother(configuration: .init(), threshold: 0.5, model: nil)
            .smooth(Self.verdicts([0.9, 0.9, 0.45, 0.95, 0.6]), blocks: Self.blocks, features: Self.features)
        #expect(smoothed.map(\.decision) == [.content, .content, .boilerplate, .content, .boilerplate])
    }

    @Test("The shipped models include a container model for the current inputs")
    func shippedContainerModelLoads() throws {
        let model = try #require(BlockModels.shipped.container)
        #expect(model.names == BlockModels.containerFeatureNames)
        #expect(model.weights[BlockModels.containerLogitIndex] == 1)
    }
}

@Suite("The container model sees the same inputs in training and in extraction")
struct ContainerModelConsistencyTests {
    @Test("Each model-decided block's score is the container model's probability of its training vector",
          arguments: ["html/taipeitimes.html", "html/orf-at.html"])
    func trainingVectorsMatchExtraction(sample: String) throws {
        let extractor = Extractor()
        let page = extractor.segment(Page(bytes: [UInt8](try Data(contentsOf: Samples.url(sample)))))
        let container = try #require(BlockModels.shipped.container)
        let rows = extractor.containerVectors(of: page, profile: nil, pathHints: BlockModels.shipped.pathHints,
                                              model: BlockModels.shipped.html)
        #expect(rows.count > 10)
        let article = extractor.extract(page)
        for (block, vector) in rows {
            #expect(article.blocks[block].score == container.probability(vector), "block \(block)")
        }
    }
}
