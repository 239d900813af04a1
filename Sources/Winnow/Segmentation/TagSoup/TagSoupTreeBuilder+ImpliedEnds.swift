/// The HTML rules that close elements implicitly when another opens, reduced to the ones that
/// change where text ends up. Scope checks look at the innermost boundary element by name, so
/// each check costs O(1) however deep the page nests.
extension TagSoupTreeBuilder {
    static let defaultScope = ["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"]
    static let listItemScope = defaultScope + ["ol", "ul"]
    static let definitionScope = listItemScope + ["dl"]
    static let buttonScope = defaultScope + ["button"]
    static let tableScope = ["html", "table", "template"]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let paragraphClosers: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li",
        "dd", "dt", "listing", "xmp",
    ]

    mutating func closeImplied(before name: String) {
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
    func isInScope(_ name: String, boundaries: [String]) -> Bool {
        guard let position = positions[name]?.last else { return false }
        return !boundaries.contains { (positions[$0]?.last ?? -1) > position }
    }
}
