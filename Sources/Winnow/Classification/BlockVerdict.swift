/// A stage's verdict on one block: decision, content probability, and the reason.
struct BlockVerdict: Sendable, Hashable {
    var decision: Decision
    var probability: Double
    var reason: Reason

    /// Whether the block is kept as article text: content, and not the title (which the
    /// article carries apart from its body).
    var keepsArticleText: Bool { decision == .content && reason != .title }
}

extension Reason {
    /// Whether the block model's probability settled the verdict (rather than the title or a
    /// repetition rule), so later stages may weigh it again.
    var isModelVerdict: Bool {
        switch self {
        case .articleText, .furnitureText, .linkDensity: true
        default: false
        }
    }

    /// Whether the verdict blames the block's links.
    var isLinkDensity: Bool {
        if case .linkDensity = self { return true }
        return false
    }
}
