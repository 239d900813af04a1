import Foundation

/// One open element as ``BlockBuilder`` sees it: its path label and what it passes on to the
/// text inside (its ``BlockContext``).
struct BlockFrame {
    var name: String
    var tag: HTMLTag
    /// The `class` and `id` attributes, kept for the label.
    var classes: String?
    var id: String?
    /// The element's unique number in the page.
    var number: Int
    /// Kind, landmark, list/table/quote/link context and hiddenness: plain values, read without
    /// copying the frame's strings.
    var context: BlockContext

    /// The frame for `element` opening inside an element with `parent` context.
    init(_ element: MarkupElement, number: Int, parent: BlockContext?, index: Int, honoursRevealableHiding: Bool = true) {
        name = element.name
        tag = element.tag
        self.number = number
        classes = element[.class]
        id = element[.id]
        context = BlockContext(element, parent: parent, index: index, honoursRevealableHiding: honoursRevealableHiding)
    }

    /// Hidden for a reader: `aria-hidden="true"`, or (unless `honouringRevealable` is false) hidden
    /// in a way a script may undo (see ``isRevealable(_:)``).
    static func isHidden(_ element: MarkupElement, honouringRevealable: Bool = true) -> Bool {
        isAriaHidden(element) || (honouringRevealable && isRevealable(element))
    }

    /// `aria-hidden="true"`: decoration or a copy of text shown elsewhere.
    static func isAriaHidden(_ element: MarkupElement) -> Bool {
        guard !element.attributes.isEmpty, let value = element[.ariaHidden] else { return false }
        return value.trimmingCharacters(in: .whitespaces).lowercased() == "true"
    }

    /// The `hidden` attribute, an inline `display:none` / `visibility:hidden`, or an element shown
    /// only without scripts: hiding that pages undo with a script once loaded.
    static func isRevealable(_ element: MarkupElement) -> Bool {
        element[.hidden] != nil || isConcealed(element)
    }

    /// An inline `display:none` / `visibility:hidden`, or an element shown only without scripts.
    static func isConcealed(_ element: MarkupElement) -> Bool {
        if TagTraits.of(element.tag).isShownWithoutScripts { return true }
        guard !element.attributes.isEmpty, let style = element[.style] else { return false }
        let compact = compactStyle(style)
        return ASCII.contains(compact, "display:none") || ASCII.contains(compact, "visibility:hidden")
    }
}
