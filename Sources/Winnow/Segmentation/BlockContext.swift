/// What an open element passes on to the text inside it: the block's kind and landmark, the
/// list/table/quote/link context and whether the text is skipped or hidden. Plain values only,
/// so ``BlockBuilder`` reads the innermost context without copying a frame's strings.
struct BlockContext {
    var isBlockLevel: Bool
    var kind: TextBlock.Kind?
    var headingLevel: Int?
    var landmark: TextBlock.Landmark?
    var isInList = false
    var isInTable = false
    var isInQuote = false
    var isInLink = false
    /// Whether this element or an ancestor is skipped or hidden.
    var isSkipped = false
    /// Whether this element or an ancestor is skipped or hidden other than in a revealable way.
    var isSkippedOtherwise = false
    /// Whether this element or an ancestor has the `hidden` attribute.
    var isUnderHiddenAttribute = false
    /// Whether this element or an ancestor is concealed by an inline `display:none` /
    /// `visibility:hidden` or is `<noscript>` content.
    var isUnderConcealment = false
    /// Whether this element is the outermost concealed one.
    var isConcealmentRoot = false
    /// Whether this element or an ancestor is hidden in a way a script may undo.
    var isUnderRevealableHiding: Bool { isUnderHiddenAttribute || isUnderConcealment }
    /// Stack index of the innermost block-level element at or above this one.
    var blockIndex = 0

    /// The context of `element` opening at stack `index` inside an element with context `parent`.
    init(_ element: MarkupElement, parent: BlockContext?, index: Int, honoursRevealableHiding: Bool) {
        let traits = TagTraits.of(element.tag)
        isBlockLevel = traits.isBlockLevel
        let own = traits.kind
        kind = own?.0 ?? parent?.kind
        headingLevel = own == nil ? parent?.headingLevel : own?.1
        let role = element[.role]?.lowercased().split(separator: " ").lazy.compactMap { HTMLElements.landmark(role: String($0)) }.first
        landmark = role ?? traits.landmark ?? parent?.landmark
        isInList = (parent?.isInList ?? false) || traits.opensList
        isInTable = (parent?.isInTable ?? false) || traits.opensTable
        isInQuote = (parent?.isInQuote ?? false) || traits.opensQuote
        isInLink = (parent?.isInLink ?? false) || (element.tag == .a && element[.href] != nil)
        isSkippedOtherwise = (parent?.isSkippedOtherwise ?? false) || traits.isSkipped || BlockFrame.isAriaHidden(element)
        isUnderHiddenAttribute = (parent?.isUnderHiddenAttribute ?? false) || element[.hidden] != nil
        let concealed = BlockFrame.isConcealed(element)
        isUnderConcealment = (parent?.isUnderConcealment ?? false) || concealed
        isConcealmentRoot = concealed && !(parent?.isUnderConcealment ?? false)
        isSkipped = isSkippedOtherwise || (honoursRevealableHiding && isUnderRevealableHiding)
        blockIndex = isBlockLevel ? index : (parent?.blockIndex ?? index)
    }
}
