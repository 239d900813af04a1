/// Cuts a stream of ``MarkupEvent``s into ``TextBlock``s.
///
/// A block is the text between two block-level boundaries (`p`, `div`, `li`, `td`, headings, …,
/// or two `<br>` in a row), with white space folded and NFC-normalised. Text inside skipped
/// elements (`head`, `script`, `style`, `svg`, form controls, …) or hidden ones (`hidden`,
/// `aria-hidden="true"`, inline `display:none` / `visibility:hidden`) is dropped. Each block
/// records its structural kind, DOM path, link characters, list/table/quote context, landmark
/// and enclosing element numbers.
///
/// - Complexity: O(n) in the events, plus O(``Configuration/Limits/maximumPathElements``) per block.
struct BlockBuilder: MarkupConsumer {
    private let limits: Configuration.Limits
    private var stack: [BlockFrame] = []
    /// The path labels of the open elements a block's path has reached.
    private var openPath = OpenPath()
    /// Skip flags of elements nested past `maximumDepth`, which join their ancestor's block.
    private var overflow: [Bool] = []
    private var overflowSkips = 0
    private var nextNumber = 0
    private var text: BlockText
    private var pendingBreak = false
    private var stopped = false
    private(set) var blocks: [TextBlock] = []
    /// The blocks' paths, numbered as the blocks are cut (complete after ``finish()``).
    private(set) var paths = PagePaths()
    private(set) var notes: [String] = []
    /// Whether hiding a script may undo (the `hidden` attribute, inline `display:none` /
    /// `visibility:hidden`, `<noscript>`) hides text; ``HTMLSegmenter`` turns it off for pages
    /// whose text a script reveals.
    private let honoursRevealableHiding: Bool
    /// Non-space bytes of text kept, and of text dropped only for a `hidden` attribute.
    private(set) var visibleBytes = 0
    private(set) var hiddenAttributeBytes = 0
    /// Non-space bytes of text in the largest outermost concealed element (inline
    /// `display:none` / `visibility:hidden`, `<noscript>`) not under a `hidden` attribute, and in
    /// the one open now.
    private(set) var largestConcealedBytes = 0
    private var openConcealedBytes = 0

    /// When set (with revealable hiding not honoured), a block under revealable hiding is kept
    /// only if at least ``RevealFilter/share`` of its word runs are in ``RevealFilter/runs``: the
    /// page's declared article text, whose hidden paragraphs ``HTMLSegmenter`` brings back.
    private let revealFilter: RevealFilter?

    /// Which hidden blocks a pass that ignores revealable hiding keeps.
    struct RevealFilter {
        /// The word runs (``WordShingles``) of the text to reveal.
        var runs: Set<UInt64>
        /// Least share of a hidden block's runs that must be in ``runs``.
        var share: Double
    }

    init(limits: Configuration.Limits, honoursRevealableHiding: Bool = true, revealFilter: RevealFilter? = nil) {
        self.limits = limits
        self.honoursRevealableHiding = honoursRevealableHiding
        self.revealFilter = revealFilter
        text = BlockText(maximumCharacters: limits.maximumBlockCharacters)
    }

    mutating func start(_ element: MarkupElement) {
        if !stopped { open(element) }
    }

    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) {
        if !stopped { addText(utf8) }
    }

    mutating func end(_ tag: HTMLTag) {
        if !stopped { close() }
    }

    /// Emits the last block; call after the last event.
    mutating func finish() {
        flush()
        paths.finish()
        largestConcealedBytes = max(largestConcealedBytes, openConcealedBytes)
    }

    private var isSkipping: Bool { overflowSkips > 0 || (top?.isSkipped ?? false) }

    /// The innermost open element's context, read without copying its frame.
    private var top: BlockContext? { stack.isEmpty ? nil : stack[stack.count - 1].context }

    private mutating func open(_ element: MarkupElement) {
        guard stack.count < limits.maximumDepth else {
            if overflow.isEmpty { note("nesting cut at \(limits.maximumDepth) levels (limits.maximumDepth)") }
            let skipped = TagTraits.of(element.tag).isSkipped
                || BlockFrame.isHidden(element, honouringRevealable: honoursRevealableHiding)
            overflow.append(skipped)
            if skipped { overflowSkips += 1 }
            return
        }
        let frame = BlockFrame(element, number: nextNumber, parent: top, index: stack.count,
                               honoursRevealableHiding: honoursRevealableHiding)
        nextNumber += 1
        if frame.context.isBlockLevel { flush() }
        if element.tag == .br, !isSkipping { lineBreak() }
        stack.append(frame)
    }

    private mutating func close() {
        if let skipped = overflow.popLast() {
            if skipped { overflowSkips -= 1 }
            return
        }
        if top?.isBlockLevel == true { flush() }
        if top?.isConcealmentRoot == true {
            largestConcealedBytes = max(largestConcealedBytes, openConcealedBytes)
            openConcealedBytes = 0
        }
        stack.removeLast()
        openPath.truncate(to: stack.count)
    }

    private mutating func addText(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard !isSkipping else {
            if overflowSkips == 0, let frame = top, !frame.isSkippedOtherwise {
                if frame.isUnderHiddenAttribute {
                    hiddenAttributeBytes += Self.nonSpaceBytes(utf8)
                } else if frame.isUnderConcealment {
                    openConcealedBytes += Self.nonSpaceBytes(utf8)
                }
            }
            return
        }
        // The text's one pass tells the visible bytes and whether a `<br>` was followed by text.
        if let piece = text.append(utf8, inLink: top?.isInLink ?? false) {
            visibleBytes += piece.nonSpaceBytes
            if piece.hasContent { pendingBreak = false }
        } else {
            visibleBytes += Self.nonSpaceBytes(utf8)
            if pendingBreak, BlockText.scalars(utf8).contains(where: { !BlockText.isUnicodeWhitespace($0) }) { pendingBreak = false }
        }
    }

    /// One `<br>` separates words; a second in a row (only white space between) ends the block.
    private mutating func lineBreak() {
        if pendingBreak {
            flush()
        } else {
            pendingBreak = true
            text.separate()
        }
    }

    private mutating func flush() {
        pendingBreak = false
        guard !text.isEmpty else { return }
        defer { text.removeAll() }
        guard blocks.count < limits.maximumBlocks else {
            note("stopped at \(limits.maximumBlocks) blocks (limits.maximumBlocks)")
            stopped = true
            return
        }
        let frame = top
        let blockText = text.finished()
        if let filter = revealFilter, frame?.isUnderRevealableHiding == true,
           (WordShingles(blockText).share(in: filter.runs) ?? 0) < filter.share {
            return
        }
        if text.wasCut { note("block cut to \(limits.maximumBlockCharacters) characters (limits.maximumBlockCharacters)") }
        let lineageIndices = (firstBodyIndex..<((frame?.blockIndex ?? -1) + 1)).suffix(max(1, limits.maximumPathElements))
        openPath.extend(through: lineageIndices.upperBound - 1, of: stack, firstIndex: firstBodyIndex,
                        maximumClasses: limits.maximumPathClasses, trie: &paths.trie)
        // A path cut to its last elements is not the path of a node.
        let node = lineageIndices.lowerBound == firstBodyIndex ? openPath.node(at: lineageIndices.upperBound - 1) : -1
        let path = openPath.withPath(from: lineageIndices.lowerBound, through: lineageIndices.upperBound - 1) {
            paths.add(utf8: $0, node: node)
        }
        blocks.append(TextBlock(
            text: blockText, kind: frame?.kind ?? .paragraph, headingLevel: frame?.headingLevel,
            path: path,
            linkCharacters: text.linkCharacters, isInList: frame?.isInList ?? false,
            isInTable: frame?.isInTable ?? false, isInQuote: frame?.isInQuote ?? false,
            landmark: frame?.landmark, ancestors: lineageIndices.map { stack[$0].number }))
    }

    /// The path starts below `html` (at `body` when there is one).
    private var firstBodyIndex: Int {
        !stack.isEmpty && stack[0].tag == .html ? 1 : 0
    }

    /// UTF-8 bytes other than ASCII white space.
    private static func nonSpaceBytes(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        utf8.count { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D && $0 != 0x0C }
    }

    private mutating func note(_ message: String) {
        if !notes.contains(message) { notes.append(message) }
    }
}
