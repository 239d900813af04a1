/// A lower-cased tag name interned as a small number, so the segmenter compares and looks up
/// tags without hashing strings: each tag ``HTMLElements`` or a stage names has its own number,
/// every other tag shares ``other``.
///
/// ```swift
/// HTMLTag(name: "p") == .p          // true
/// HTMLTag(name: "x-widget") == .other // true
/// HTMLTag.br.isVoid                 // true
/// ```
struct HTMLTag: Hashable, Sendable {
    /// Index into ``names``; 0 for ``other``.
    let index: Int

    /// The tag of a lower-cased name.
    init(name: String) { self = Self.byName[name] ?? .other }

    private init(index: Int) { self.index = index }

    /// Every tag without a number of its own.
    static let other = HTMLTag(index: 0)

    /// Whether the element never has content or an end tag (``HTMLElements/void``).
    var isVoid: Bool { Self.voidFlags[index] }

    /// The tags named by ``HTMLElements`` and the segmentation and metadata stages; index 0 is unused.
    private static let names: [String] = {
        var known = HTMLElements.void.union(HTMLElements.rawText).union(HTMLElements.blockLevel)
            .union(HTMLElements.skipped).union(HTMLElements.headContent).union(HTMLElements.shownWithoutScripts)
        known.formUnion(["a", "br", "li", "dt", "dd", "td", "th", "pre", "figcaption", "caption", "blockquote",
                         "nav", "header", "footer", "aside", "main", "article", "form", "ul", "ol", "dl", "menu",
                         "table", "h1", "h2", "h3", "h4", "h5", "h6", "html", "body", "svg", "math", "title",
                         "script", "meta", "link", "time"])
        return [""] + known.sorted()
    }()

    private static let byName: [String: HTMLTag] = Dictionary(
        uniqueKeysWithValues: names.enumerated().dropFirst().map { ($0.element, HTMLTag(index: $0.offset)) })

    private static let voidFlags: [Bool] = names.enumerated().map { $0.offset > 0 && HTMLElements.void.contains($0.element) }

    /// The traits of each tag, by index (``TagTraits``).
    static let traits: [TagTraits] = names.enumerated().map { TagTraits(tag: $0.offset == 0 ? "" : $0.element) }

    static let a = HTMLTag(name: "a")
    static let br = HTMLTag(name: "br")
    static let html = HTMLTag(name: "html")
    static let svg = HTMLTag(name: "svg")
    static let math = HTMLTag(name: "math")
    static let title = HTMLTag(name: "title")
    static let h1 = HTMLTag(name: "h1")
    static let script = HTMLTag(name: "script")
    static let meta = HTMLTag(name: "meta")
    static let link = HTMLTag(name: "link")
    static let time = HTMLTag(name: "time")
}
