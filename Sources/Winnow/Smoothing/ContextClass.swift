/// A block's class before its neighbours are consulted (jusText's context-free class).
enum ContextClass: Sendable, Hashable {
    /// Enough text that reads as content: kept on its own.
    case good
    /// Reads as content but is of middling length: kept only next to good text.
    case nearGood
    /// Too short to judge alone: takes its neighbours' class.
    case short
    /// Boilerplate on its own evidence.
    case bad

    /// The context-free class of a block from its verdict and length.
    static func of(_ verdict: BlockVerdict, characters: Int, configuration: Configuration.Smoothing) -> ContextClass {
        if verdict.reason == .title { return .good }
        if verdict.decision == .boilerplate && verdict.probability < configuration.badProbability { return .bad }
        if verdict.reason.isRepetition || verdict.reason == .outsideMainContent || verdict.reason == .labelledTeaser { return .bad }
        if characters < configuration.shortCharacters { return .short }
        if verdict.probability < configuration.goodProbability { return .bad }
        return characters >= configuration.goodCharacters ? .good : .nearGood
    }
}

extension Reason {
    /// Whether the reason is a repetition signal (site template, duplicate, title slug, quoted title).
    var isRepetition: Bool {
        switch self {
        case .siteTemplate, .duplicate, .titleSlug, .quotesTitle: return true
        default: return false
        }
    }
}
