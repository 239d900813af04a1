import Foundation

/// One open element as ``BlockBuilder`` sees it: its path label and what it passes on to the
/// text inside (kind, landmark, list/table/quote context, link, hidden).
struct BlockFrame {
    var name: String
    var tag: HTMLTag
    /// The `class` and `id` attributes, kept for the label.
    var classes: String?
    var id: String?
    /// `tag.class1.class2#id`, classes capped: made when a block's path first needs it
    /// (``BlockBuilder`` stores it back), as most elements never appear in a path.
    var label: String?
    /// The element's unique number in the page.
    var number: Int
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
    /// Whether this element or an ancestor is skipped or hidden other than by the `hidden` attribute.
    var isSkippedOtherwise = false
    /// Whether this element or an ancestor has the `hidden` attribute.
    var isUnderHiddenAttribute = false
    /// Stack index of the innermost block-level element at or above this one.
    var blockIndex = 0

    /// The frame for `element` opening inside `parent`.
    init(_ element: MarkupElement, number: Int, parent: BlockFrame?, index: Int, honoursHiddenAttribute: Bool = true) {
        let name = element.name
        self.name = name
        tag = element.tag
        self.number = number
        classes = element[.class]
        id = element[.id]
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
        isSkippedOtherwise = (parent?.isSkippedOtherwise ?? false) || traits.isSkipped
            || Self.isHidden(element, honouringAttribute: false)
        isUnderHiddenAttribute = (parent?.isUnderHiddenAttribute ?? false) || element[.hidden] != nil
        isSkipped = isSkippedOtherwise || (honoursHiddenAttribute && isUnderHiddenAttribute)
        blockIndex = isBlockLevel ? index : (parent?.blockIndex ?? index)
    }

    /// The path label, made now if it was not yet.
    func label(maximumClasses: Int) -> String {
        label ?? Self.label(name: name, classes: classes, id: id, maximumClasses: maximumClasses)
    }

    /// `hidden` (unless `honouringAttribute` is false), `aria-hidden="true"`, or an inline
    /// `display:none` / `visibility:hidden`.
    static func isHidden(_ element: MarkupElement, honouringAttribute: Bool = true) -> Bool {
        guard !element.attributes.isEmpty else { return false }
        if honouringAttribute, element[.hidden] != nil { return true }
        if element[.ariaHidden]?.trimmingCharacters(in: .whitespaces).lowercased() == "true" { return true }
        guard let style = element[.style] else { return false }
        let compact = compactStyle(style)
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }
}
