#if LibXML2
import Foundation

extension RawTextScan {
    /// Elements whose white space shows, or may: kept whole while one is open.
    static let whiteSpaceShowing = ["pre", "textarea", "listing", "plaintext", "xmp"].map { Array($0.utf8) }
    /// libxml2 2.9 hands text to the SAX handler in chunks of this many bytes
    /// (`HTML_PARSER_BIG_BUFFER_SIZE`) and tells for each chunk whether it is all blanks, so a
    /// blank run this long may span chunks; such runs are kept whole.
    static let libxml2TextChunk = 1000

    /// Whether the element named by the bytes in `name` shows its white space.
    func preservesWhiteSpace(_ name: Range<Int>) -> Bool {
        Self.whiteSpaceShowing.contains { isName($0, in: name) }
    }

    /// Records for removal all but the first byte of each run of two or more libxml2 blanks in
    /// the text `range`, unless a `title` or `h1` (whose text metadata keeps) or an element
    /// showing white space is open.
    ///
    /// libxml2 still sees a blank where there was a run, so a text that was all blanks stays so
    /// (it decides whether an implied `<p>` opens on that); every stage folds white space.
    mutating func foldBlankRuns(in range: Range<Int>) {
        guard capturing == 0 && preserving == 0 else { return }
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            guard Self.isBlank(bytes[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < range.upperBound && Self.isBlank(bytes[end]) { end += 1 }
            if end - index < Self.libxml2TextChunk { remove((index + 1)..<end) }
            index = end
        }
    }
}
#endif
