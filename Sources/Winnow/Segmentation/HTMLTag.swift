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

    /// The tags named by ``HTMLElements`` and the segmentation and metadata stages; index 0 is
    /// unused, the tags with a constant of their own (``named``) come first, in that order.
    private static let names: [String] = {
        var known = HTMLElements.void.union(HTMLElements.rawText).union(HTMLElements.blockLevel)
            .union(HTMLElements.skipped).union(HTMLElements.headContent).union(HTMLElements.shownWithoutScripts)
        known.formUnion(["li", "dt", "dd", "td", "th", "pre", "figcaption", "caption", "blockquote",
                         "nav", "header", "footer", "aside", "main", "article", "form", "ul", "ol", "dl", "menu",
                         "table", "h2", "h3", "h4", "h5", "h6", "body"])
        return [""] + named + known.subtracting(named).sorted()
    }()

    /// The names of the tag constants below, at indices 1, 2, …: constants with a literal index
    /// are laid out when the program loads, so reading one in a hot loop costs no lazy-global check.
    static let named = ["a", "br", "html", "svg", "math", "title", "h1", "script", "meta", "link", "time"]

    private static let byName: [String: HTMLTag] = Dictionary(
        uniqueKeysWithValues: names.enumerated().dropFirst().map { ($0.element, HTMLTag(index: $0.offset)) })

    private static let voidFlags: [Bool] = names.enumerated().map { $0.offset > 0 && HTMLElements.void.contains($0.element) }

    /// The traits of each tag, by index (``TagTraits``).
    static let traits: [TagTraits] = names.enumerated().map { TagTraits(tag: $0.offset == 0 ? "" : $0.element) }

    static let a = HTMLTag(index: 1)
    static let br = HTMLTag(index: 2)
    static let html = HTMLTag(index: 3)
    static let svg = HTMLTag(index: 4)
    static let math = HTMLTag(index: 5)
    static let title = HTMLTag(index: 6)
    static let h1 = HTMLTag(index: 7)
    static let script = HTMLTag(index: 8)
    static let meta = HTMLTag(index: 9)
    static let link = HTMLTag(index: 10)
    static let time = HTMLTag(index: 11)
}
