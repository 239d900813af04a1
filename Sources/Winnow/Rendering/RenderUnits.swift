/// Groups an article's kept blocks into render units: table cells of one row together, every
/// other block alone. Shared by the Markdown and HTML renderers.
///
/// Cells belong to one row when they follow each other and have the same enclosing elements
/// (``TextBlock/ancestors``); blocks without ancestors (plain text) never join.
struct RenderUnits {
    /// One thing to render: a single block, or the cells of one table row.
    enum Unit: Equatable {
        case block(TextBlock)
        case row([String])
    }

    /// Groups blocks in reading order.
    static func group(_ blocks: [TextBlock]) -> [Unit] {
        var units: [Unit] = []
        var row: [String] = []
        var rowAncestors: [Int]?
        func flush() {
            if !row.isEmpty { units.append(.row(row)) }
            row = []
            rowAncestors = nil
        }
        for block in blocks {
            guard block.kind == .tableCell else {
                flush()
                units.append(.block(block))
                continue
            }
            if let current = rowAncestors, current.isEmpty || current != block.ancestors { flush() }
            row.append(block.text)
            rowAncestors = block.ancestors
        }
        flush()
        return units
    }
}
