/// Segmentation stage for rendered plain text: one block per non-blank line.
///
/// Lines keep their 1-based number in ``TextBlock/line``, so a reader can map every verdict back
/// to the input; blank lines separate blocks and produce none.
struct PlainTextSegmenter: Sendable {
    var limits: Configuration.Limits

    func segment(_ text: String) -> (blocks: [TextBlock], notes: [String]) {
        var blocks: [TextBlock] = []
        var notes: [String] = []
        var number = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            let folded = rawLine.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !folded.isEmpty else { continue }
            guard blocks.count < limits.maximumBlocks else {
                notes.append("stopped at \(limits.maximumBlocks) blocks (limits.maximumBlocks)")
                break
            }
            let clipped = folded.count > limits.maximumBlockCharacters
                ? String(folded.prefix(limits.maximumBlockCharacters)) : folded
            blocks.append(TextBlock(text: clipped, kind: .line, line: number))
        }
        return (blocks, notes)
    }
}
