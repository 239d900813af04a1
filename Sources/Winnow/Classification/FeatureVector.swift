import Foundation

/// The numeric inputs of the block model, named, in a fixed order shared by training and inference.
enum FeatureVector {
    /// Feature names, in vector order.
    static let names: [String] = [
        "bias", "logCharacters", "logWords", "textDensity", "linkDensity", "stopwordDensity",
        "punctuationDensity", "endsWithSentence", "endsWithEllipsis", "capitalizedShare", "digitShare",
        "position", "furniturePhrase", "containerProseShare", "isHeading", "isListItem", "isTableCell",
        "isQuote", "inNavigationOrFooter", "inArticleOrMain", "duplicate", "titleSlug", "siteShare",
        "pathShare", "previousLogWords", "nextLogWords", "pathHint", "isCaption", "parentLinkDensity",
        "logParentBlocks", "logSamePathBlocks", "logSamePathMeanWords", "afterTitle",
    ]

    static func make(_ f: BlockFeatures, _ r: RepetitionSignals, block: TextBlock?, previous: BlockFeatures?, next: BlockFeatures?) -> [Double] {
        let landmark = block?.landmark
        return [
            1,
            log1p(Double(f.characters)),
            log1p(Double(f.words)),
            min(f.textDensity, 20) / 10,
            f.linkDensity,
            f.stopwordDensity,
            min(f.punctuationDensity * 10, 1),
            f.endsWithSentence ? 1 : 0,
            f.endsWithEllipsis ? 1 : 0,
            f.capitalizedShare,
            f.digitShare,
            f.position,
            f.isFurniturePhrase ? 1 : 0,
            f.containerProseShare,
            block?.kind == .heading ? 1 : 0,
            block?.kind == .listItem ? 1 : 0,
            block?.kind == .tableCell ? 1 : 0,
            block?.kind == .quote ? 1 : 0,
            (landmark == .navigation || landmark == .footer || landmark == .aside || landmark == .header) ? 1 : 0,
            (landmark == .article || landmark == .main) ? 1 : 0,
            r.copiesInPage > 1 ? 1 : 0,
            r.startsWithTitleSlug ? 1 : 0,
            r.siteShare,
            r.pathShare,
            log1p(Double(previous?.words ?? 0)),
            log1p(Double(next?.words ?? 0)),
            max(-8, min(8, f.pathHint)),
            block?.kind == .caption ? 1 : 0,
            f.parentLinkDensity,
            log1p(Double(f.parentBlocks)),
            log1p(Double(f.samePathBlocks)),
            log1p(f.samePathMeanWords),
            f.afterTitle,
        ]
    }
}
