/// Turns tag-soup tokens into balanced ``MarkupEvent``s with the tree-construction rules that
/// change where text ends up: implicit `html`/`head`/`body`, implicit closes (`p`, `li`, `dt`/`dd`,
/// `td`/`th`, `tr`, `option`, headings, nested `a`), void elements, and unmatched end tags ignored.
///
/// Open elements are indexed by name, so scope checks and closes cost O(1) amortised and
/// deeply nested input stays linear.
struct TagSoupTreeBuilder {
    var events: [MarkupEvent] = []
    var stack: [String] = []
    /// Stack positions of the open elements, by name.
    var positions: [String: [Int]] = [:]
    private var bodyOpened = false
    private var headOpened = false
    private var foreignDepth = 0
    /// Stack positions of the open block-level elements.
    var blockPositions: [Int] = []

    /// Whether the current node sits inside `svg` or `math`, where `<x/>` closes itself.
    var inForeignContent: Bool { foreignDepth > 0 }

    mutating func startTag(_ element: MarkupElement, selfClosing: Bool) {
        let name = element.name
        guard placeInDocument(element) else { return }
        if foreignDepth == 0 { closeImplied(before: name) }
        push(element)
        if HTMLElements.void.contains(name) || (selfClosing && foreignDepth > 0) { pop() }
    }

    mutating func endTag(_ name: String) {
        switch name {
        case "html", "body":
            return  // closed at the end: content after them still belongs to the body
        case "br":
            startTag(MarkupElement(name: "br"), selfClosing: true)
        case "p" where !isInScope("p", boundaries: Self.buttonScope):
            startTag(MarkupElement(name: "p"), selfClosing: false)
            close("p")
        case "li":
            if isInScope("li", boundaries: Self.listItemScope) { close("li") }
        case "td", "th", "tr":
            if isInScope(name, boundaries: Self.tableScope) { close(name) }
        default:
            close(name)
        }
    }

    mutating func text(_ text: String) {
        if !bodyOpened, let current = stack.last, !HTMLElements.rawText.contains(current), !isInHeadContainer {
            guard text.contains(where: { !$0.isWhitespace }) else { return }
            openBody()
        } else if stack.isEmpty {
            guard text.contains(where: { !$0.isWhitespace }) else { return }
            openBody()
        }
        events.append(.text(text))
    }

    /// Closes everything still open and returns the events.
    mutating func finish() -> [MarkupEvent] {
        while !stack.isEmpty { pop() }
        return events
    }

    // MARK: - Document structure

    /// Opens `html`, `head`, `body` as needed; `false` when the tag itself is absorbed.
    private mutating func placeInDocument(_ element: MarkupElement) -> Bool {
        let name = element.name
        if stack.isEmpty {
            push(name == "html" ? element : MarkupElement(name: "html"))
            if name == "html" { return false }
        }
        switch name {
        case "html":
            return false
        case "head":
            if !bodyOpened && !headOpened {
                headOpened = true
                return true
            }
            return false
        case "body":
            if bodyOpened { return false }  // a late tag's attributes are ignored, as libxml2 does
            close("head")
            bodyOpened = true
                return true
        default:
            if !bodyOpened && !HTMLElements.headContent.contains(name) && !isInHeadContainer { openBody() }
            return true
        }
    }

    /// Whether a `template` or `noscript` of the head is open: its content stays in the head.
    private var isInHeadContainer: Bool {
        !bodyOpened && (positions["template"]?.isEmpty == false || positions["noscript"]?.isEmpty == false)
    }

    private mutating func openBody() {
        if stack.isEmpty { push(MarkupElement(name: "html")) }
        close("head")
        headOpened = true
        bodyOpened = true
        push(MarkupElement(name: "body"))
    }

    // MARK: - Stack

    private mutating func push(_ element: MarkupElement) {
        events.append(.start(element))
        positions[element.name, default: []].append(stack.count)
        if HTMLElements.blockLevel.contains(element.name) { blockPositions.append(stack.count) }
        stack.append(element.name)
        if element.name == "svg" || element.name == "math" { foreignDepth += 1 }
    }

    mutating func pop() {
        guard let name = stack.popLast() else { return }
        positions[name]?.removeLast()
        if blockPositions.last == stack.count { blockPositions.removeLast() }
        if name == "svg" || name == "math" { foreignDepth -= 1 }
        events.append(.end(name))
    }

    /// Closes the innermost open `name` and everything opened inside it; nothing if none is open.
    mutating func close(_ name: String) {
        guard let position = positions[name]?.last else { return }
        while stack.count > position { pop() }
    }
}
