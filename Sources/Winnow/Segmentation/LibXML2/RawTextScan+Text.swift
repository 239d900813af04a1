#if LibXML2
import Foundation

extension RawTextScan {
    /// libxml2 2.9 hands text to the SAX handler in chunks of this many bytes
    /// (`HTML_PARSER_BIG_BUFFER_SIZE`) and tells for each chunk whether it is all blanks, so a
    /// blank run this long may span chunks; such runs are kept whole.
    static let libxml2TextChunk = 1000

    /// Records for removal all but the first byte of each run of two or more libxml2 blanks in
    /// the text `range`, unless a `title` or `h1` (whose text metadata keeps) or an element
    /// showing white space is open.
    ///
    /// libxml2 still sees a blank where there was a run, so a text that was all blanks stays so
    /// (it decides whether an implied `<p>` opens on that); every stage folds white space.
    mutating func foldBlankRuns(in range: Range<Int>) {
        guard capturing == 0 && preserving == 0 else { return }
        // Every other byte is looked at: a run of two or more covers one of them. The byte
        // before a blank one was not looked at, or ended the previous run (no blank).
        var index = range.lowerBound + 1
        while index < range.upperBound {
            guard Self.isBlank(bytes[index]) else {
                index += 2
                continue
            }
            let start = Self.isBlank(bytes[index - 1]) ? index - 1 : index
            var end = index + 1
            while end < range.upperBound && Self.isBlank(bytes[end]) { end += 1 }
            if end - start < Self.libxml2TextChunk { remove((start + 1)..<end) }
            index = end + 1
        }
    }
}
#endif
