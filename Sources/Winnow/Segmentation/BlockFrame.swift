import Foundation

/// One open element as ``BlockBuilder`` sees it: its path label and what it passes on to the
/// text inside (kind, landmark, list/table/quote context, link, hidden).
struct BlockFrame {
    var name: String
    /// `tag.class1.class2#id`, classes capped.
    var label: String
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

    /// The frame for `element` opening inside `parent`.
    init(_ element: MarkupElement, number: Int, parent: BlockFrame?, index: Int, maximumClasses: Int,
         honoursHiddenAttribute: Bool = true) {
        let name = element.name
        self.name = name
        self.number = number
        self.label = Self.label(name: name, classes: element["class"], id: element["id"], maximumClasses: maximumClasses)
        let traits = TagTraits.of(name)
        isBlockLevel = traits.isBlockLevel
        let own = traits.kind
        kind = own?.0 ?? parent?.kind
        headingLevel = own == nil ? parent?.headingLevel : own?.1
        let role = element["role"]?.lowercased().split(separator: " ").lazy.compactMap { HTMLElements.landmark(role: String($0)) }.first
        landmark = role ?? traits.landmark ?? parent?.landmark
        isInList = (parent?.isInList ?? false) || traits.opensList
        isInTable = (parent?.isInTable ?? false) || traits.opensTable
        isInQuote = (parent?.isInQuote ?? false) || traits.opensQuote
        isInLink = (parent?.isInLink ?? false) || (name == "a" && element["href"] != nil)
        isSkippedOtherwise = (parent?.isSkippedOtherwise ?? false) || traits.isSkipped || Self.isAriaHidden(element)
        isUnderHiddenAttribute = (parent?.isUnderHiddenAttribute ?? false) || element["hidden"] != nil
        let concealed = Self.isConcealed(element)
        isUnderConcealment = (parent?.isUnderConcealment ?? false) || concealed
        isConcealmentRoot = concealed && !(parent?.isUnderConcealment ?? false)
        isSkipped = isSkippedOtherwise || (honoursHiddenAttribute && isUnderRevealableHiding)
        blockIndex = isBlockLevel ? index : (parent?.blockIndex ?? index)
    }

    /// Hidden for a reader: `aria-hidden="true"`, or (unless `honouringAttribute` is false) hidden
    /// in a way a script may undo (see ``isRevealable(_:)``).
    static func isHidden(_ element: MarkupElement, honouringAttribute: Bool = true) -> Bool {
        isAriaHidden(element) || (honouringAttribute && isRevealable(element))
    }

    /// `aria-hidden="true"`: decoration or a copy of text shown elsewhere.
    static func isAriaHidden(_ element: MarkupElement) -> Bool {
        guard !element.attributes.isEmpty, let value = element["aria-hidden"] else { return false }
        return value.trimmingCharacters(in: .whitespaces).lowercased() == "true"
    }

    /// The `hidden` attribute, an inline `display:none` / `visibility:hidden`, or an element shown
    /// only without scripts: hiding that pages undo with a script once loaded.
    static func isRevealable(_ element: MarkupElement) -> Bool {
        element["hidden"] != nil || isConcealed(element)
    }

    /// An inline `display:none` / `visibility:hidden`, or an element shown only without scripts.
    static func isConcealed(_ element: MarkupElement) -> Bool {
        if HTMLElements.shownWithoutScripts.contains(element.name) { return true }
        guard !element.attributes.isEmpty, let style = element["style"] else { return false }
        let compact = compactStyle(style)
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }
}
