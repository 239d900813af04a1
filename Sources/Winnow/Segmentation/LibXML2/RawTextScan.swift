#if LibXML2
import Foundation

/// One pass over a page that finds what ``RawTextStripper`` removes (script and style contents,
/// attributes and attribute values no stage reads, comment bodies, all but the first byte of
/// runs of white space in text), reading markup as libxml2 2.9.14's HTML parser (recovery mode)
/// does:
/// - `<` + an ASCII letter starts a tag: a name, then attributes (a name; optionally `=` and a
///   value in double or single quotes or unquoted up to white space or `>`), ended by `>` or `/>`;
/// - `</` + a name is an end tag, ended by the next `>`;
/// - `<!--` starts a comment ended by the first `-->` from its fifth byte on; `<!DOCTYPE` a
///   declaration ended by the next `>`; `<?` + a name a processing instruction ended by the next `>`;
/// - any other `<` is text.
///
/// It gives up (returns `nil`) on a zero byte, a comment closed by `--!>` or never, an attribute
/// name that is no name, an unquoted value holding `<` or a quote, a quote never closed, a
/// control byte inside a tag, a declaration whose quotes may hold its `>`, and what
/// ``rawTextEnd(of:from:)`` gives up on.
struct RawTextScan {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Start tags of `title` and `h1` not yet matched by end tags: text is kept while any is open.
    private(set) var capturing = 0
    /// Start tags of elements whose white space shows (``Element/whiteSpaceShowing``) not yet
    /// matched by end tags: white space is kept while any is open.
    private(set) var preserving = 0
    private var removed: [Range<Int>] = []
    /// The bytes of `<!--`, after which a comment's body starts.
    private static let commentOpening = 4

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The ranges of contents to remove, in order; `nil` when the scan gives up.
    mutating func removals() -> [Range<Int>]? {
        guard let base = bytes.baseAddress, memchr(base, 0, bytes.count) == nil else { return nil }
        var index = 0
        while let open = find(ASCII.lessThan, from: index) {
            foldBlankRuns(in: index..<open)
            index = open
            guard open + 1 < bytes.count else { break }
            let next = bytes[open + 1]
            let resume: Int?
            if ASCII.isLetter(next) {
                resume = startTag(at: open)
            } else if next == ASCII.slash && open + 2 < bytes.count && Self.isNameStart(bytes[open + 2]) {
                resume = endTag(at: open)
            } else if next == ASCII.bang {
                resume = declaration(at: open)
            } else if next == ASCII.question && open + 2 < bytes.count && Self.isPITargetStart(bytes[open + 2]) {
                resume = find(ASCII.greaterThan, from: open + 2).map { $0 + 1 }
            } else if next == ASCII.question && open + 2 < bytes.count && bytes[open + 2] >= 0x80 {
                // An XML name may start with a non-ASCII letter: not worth telling.
                resume = nil
            } else {
                resume = open + 1
            }
            guard let resume else { return nil }
            index = resume
        }
        foldBlankRuns(in: index..<bytes.count)
        return removed
    }

    /// The start tag at `open`; where scanning resumes (after the tag, or at the end of a raw-text
    /// element's contents).
    private mutating func startTag(at open: Int) -> Int? {
        guard let nameEnd = nameEnd(from: open + 1), let end = tagEnd(of: (open + 1)..<nameEnd) else { return nil }
        let element = element(named: (open + 1)..<nameEnd)
        if element == .title || element == .h1 { capturing += 1 }
        if element == .whiteSpaceShowing { preserving += 1 }
        let isScript = element == .script
        guard !end.closesAtOnce, isScript || element == .style else { return end.index }
        guard let contentEnd = rawTextEnd(of: isScript ? Self.script : Self.style, from: end.index) else { return nil }
        let keeps = capturing > 0 || (isScript && Self.mayBeJSONLD(bytes[open..<end.index]))
        if !keeps { remove(end.index..<contentEnd) }
        return contentEnd
    }

    /// Records `range` for removal (ranges come in page order); an empty one is ignored.
    mutating func remove(_ range: Range<Int>) {
        if !range.isEmpty { removed.append(range) }
    }

    /// The end tag at `open`, ended (as libxml2 recovers) by the next `>`.
    private mutating func endTag(at open: Int) -> Int? {
        guard let nameEnd = nameEnd(from: open + 2), let close = find(ASCII.greaterThan, from: nameEnd) else { return nil }
        let element = element(named: (open + 2)..<nameEnd)
        if (element == .title || element == .h1) && capturing > 0 { capturing -= 1 }
        if element == .whiteSpaceShowing && preserving > 0 { preserving -= 1 }
        return close + 1
    }

    /// Whether a processing instruction's target (an XML name) may start with `byte` (ASCII).
    private static func isPITargetStart(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
    }

    /// A comment (its body recorded for removal: libxml2 2.9 reads `<!---->` as an empty
    /// comment, and no stage reads a comment's text), a document type declaration, or `<!` read
    /// as text.
    private mutating func declaration(at open: Int) -> Int? {
        if starts(with: "<!--", at: open) {
            let body = open + Self.commentOpening
            guard let close = find("-->", from: body) else { return nil }
            // libxml2 also ends a comment at `--!>`.
            guard find("--!>", from: body, to: min(close + 4, bytes.count)) == nil else { return nil }
            remove(body..<close)
            return close + 3
        }
        guard starts(with: "<!doctype", at: open, ignoringCase: true) else { return open + 1 }
        guard let close = find(ASCII.greaterThan, from: open + 2) else { return nil }
        let span = bytes[open..<close]
        let quotes = span.count { $0 == ASCII.quote }, apostrophes = span.count { $0 == ASCII.apostrophe }
        guard quotes % 2 == 0 && apostrophes % 2 == 0 && (quotes == 0 || apostrophes == 0) else { return nil }
        return close + 1
    }
}
#endif
