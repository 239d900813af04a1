/// One block of a page's text: the unit that Winnow keeps or drops.
///
/// HTML pages yield a block for the text between two block-level boundaries; plain-text pages
/// yield one block per non-blank line.
///
/// ```swift
/// let block = TextBlock(text: "First paragraph.", kind: .paragraph)
/// block.linkDensity // 0.0
/// ```
public struct TextBlock: Sendable, Hashable, Codable {
    /// The structural role of a block, as the markup (or the text layout) gives it.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case heading, paragraph, listItem, quote, tableCell, preformatted, caption
        /// A line of a plain-text page.
        case line
    }

    /// The text, NFC-normalised, with runs of white space folded to one space.
    public var text: String
    /// The structural role.
    public var kind: Kind
    /// Heading level 1–6 for headings, else `nil`.
    public var headingLevel: Int?
    /// The DOM path: tag names with class and id, e.g. `body>div#main>article.post>p`. Empty for plain text.
    public var path: String
    /// How many characters of `text` sit inside links.
    public var linkCharacters: Int
    /// Whether the block sits in a list (`ul`, `ol`, `dl`, `menu`).
    public var isInList: Bool
    /// Whether the block sits in a table.
    public var isInTable: Bool
    /// Whether the block sits in a block quote.
    public var isInQuote: Bool
    /// The nearest enclosing landmark (`nav`, `header`, `footer`, `aside`, `main`, `article`,
    /// by tag or ARIA role), or `nil`.
    public var landmark: Landmark?
    /// Unique numbers of the enclosing elements, outermost first; lets later stages find which
    /// blocks share a container. Empty for plain text.
    public var ancestors: [Int]
    /// For plain text, the 1-based line number; for HTML, `nil`.
    public var line: Int?

    /// A landmark region of a page.
    public enum Landmark: String, Sendable, Hashable, Codable, CaseIterable {
        case navigation, header, footer, aside, main, article, form
    }

    /// Creates a block.
    ///
    /// ```swift
    /// let heading = TextBlock(text: "Related", kind: .heading, headingLevel: 2)
    /// ```
    public init(
        text: String, kind: Kind, headingLevel: Int? = nil, path: String = "", linkCharacters: Int = 0,
        isInList: Bool = false, isInTable: Bool = false, isInQuote: Bool = false,
        landmark: Landmark? = nil, ancestors: [Int] = [], line: Int? = nil
    ) {
        self.text = text
        self.kind = kind
        self.headingLevel = headingLevel
        self.path = path
        self.linkCharacters = linkCharacters
        self.isInList = isInList
        self.isInTable = isInTable
        self.isInQuote = isInQuote
        self.landmark = landmark
        self.ancestors = ancestors
        self.line = line
    }

    /// Share of the block's characters inside links, 0…1.
    ///
    /// ```swift
    /// TextBlock(text: "Home", kind: .listItem, linkCharacters: 4).linkDensity // 1.0
    /// ```
    public var linkDensity: Double { Self.linkDensity(text: text, linkCharacters: linkCharacters) }

    /// ``linkDensity`` of a block with this text and link character count.
    static func linkDensity(text: String, linkCharacters: Int) -> Double {
        // ASCII without carriage returns has one character per byte.
        let utf8 = text.utf8
        let count = utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) ? utf8.count : text.count
        return count == 0 ? 0 : min(1, Double(linkCharacters) / Double(count))
    }
}
