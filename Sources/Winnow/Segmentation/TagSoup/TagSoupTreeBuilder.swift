/// Turns tag-soup tokens into balanced ``MarkupEvent``s with the tree-construction rules that
/// change where text ends up: implicit `html`/`head`/`body`, implicit closes (`p`, `li`, `dt`/`dd`,
/// `td`/`th`, `tr`, `option`, headings, nested `a`), void elements, and unmatched end tags ignored.
///
/// Open elements are indexed by name, so scope checks and closes cost O(1) amortised and
/// deeply nested input stays linear.
struct TagSoupTreeBuilder {
    private var events: [MarkupEvent] = []
    private var stack: [String] = []
    /// Stack positions of the open elements, by name.
    private var positions: [String: [Int]] = [:]
    private var bodyOpened = false
    private var headOpened = false
    private var foreignDepth = 0
    /// Stack positions of the open block-level elements.
    private var blockPositions: [Int] = []

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
        if !bodyOpened, let current = stack.last, !HTMLElements.rawText.contains(current), current != "noscript" {
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
            if bodyOpened { return false }
            close("head")
            bodyOpened = true
            return true
        default:
            if !bodyOpened && !HTMLElements.headContent.contains(name) { openBody() }
            return true
        }
    }

    private mutating func openBody() {
        if stack.isEmpty { push(MarkupElement(name: "html")) }
        close("head")
        headOpened = true
        bodyOpened = true
        push(MarkupElement(name: "body"))
    }

    // MARK: - Implied ends

    private static let defaultScope = ["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"]
    private static let listItemScope = defaultScope + ["ol", "ul"]
    private static let definitionScope = listItemScope + ["dl"]
    private static let buttonScope = defaultScope + ["button"]
    private static let tableScope = ["html", "table", "template"]
    private static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    private static let paragraphClosers: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li",
        "dd", "dt", "listing", "xmp",
    ]

    private mutating func closeImplied(before name: String) {
        if Self.paragraphClosers.contains(name), isInScope("p", boundaries: Self.buttonScope) { close("p") }
        switch name {
        case "li":
            if isInScope("li", boundaries: Self.listItemScope) { close("li") }
        case "dd", "dt":
            for open in ["dd", "dt"] where isInScope(open, boundaries: Self.definitionScope) { close(open) }
        case "td", "th":
            for open in ["td", "th"] where isInScope(open, boundaries: Self.tableScope) { close(open) }
        case "tr":
            if isInScope("tr", boundaries: Self.tableScope) { close("tr") }
        case "thead", "tbody", "tfoot":
            for open in ["thead", "tbody", "tfoot"] where isInScope(open, boundaries: Self.tableScope) { close(open) }
        case "option":
            if stack.last == "option" { pop() }
        case "optgroup":
            if stack.last == "option" { pop() }
            if stack.last == "optgroup" { pop() }
        case "a":
            // An open link closes, unless a block opened inside it (libxml2 nests then, too).
            if let link = positions["a"]?.last, (blockPositions.last ?? -1) < link { close("a") }
        default:
            if Self.headings.contains(name), let current = stack.last, Self.headings.contains(current) { pop() }
        }
    }

    /// Whether `name` is open above the nearest of `boundaries`.
    private func isInScope(_ name: String, boundaries: [String]) -> Bool {
        guard let position = positions[name]?.last else { return false }
        return !boundaries.contains { (positions[$0]?.last ?? -1) > position }
    }

    // MARK: - Stack

    private mutating func push(_ element: MarkupElement) {
        events.append(.start(element))
        positions[element.name, default: []].append(stack.count)
        if HTMLElements.blockLevel.contains(element.name) { blockPositions.append(stack.count) }
        stack.append(element.name)
        if element.name == "svg" || element.name == "math" { foreignDepth += 1 }
    }

    private mutating func pop() {
        guard let name = stack.popLast() else { return }
        positions[name]?.removeLast()
        if blockPositions.last == stack.count { blockPositions.removeLast() }
        if name == "svg" || name == "math" { foreignDepth -= 1 }
        events.append(.end(name))
    }

    /// Closes the innermost open `name` and everything opened inside it; nothing if none is open.
    private mutating func close(_ name: String) {
        guard let position = positions[name]?.last else { return }
        while stack.count > position { pop() }
    }
}
