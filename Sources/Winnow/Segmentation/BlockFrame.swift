import Foundation

/// One open element as ``BlockBuilder`` sees it: its path label and what it passes on to the
/// text inside (its ``BlockContext``).
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
    /// Kind, landmark, list/table/quote/link context and hiddenness: plain values, read without
    /// copying the frame's strings.
    var context: BlockContext

    /// The frame for `element` opening inside an element with `parent` context.
    init(_ element: MarkupElement, number: Int, parent: BlockContext?, index: Int, honoursHiddenAttribute: Bool = true) {
        name = element.name
        tag = element.tag
        self.number = number
        classes = element[.class]
        id = element[.id]
        context = BlockContext(element, parent: parent, index: index, honoursHiddenAttribute: honoursHiddenAttribute)
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
