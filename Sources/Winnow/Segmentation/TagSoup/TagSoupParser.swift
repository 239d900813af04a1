/// The pure-Swift HTML parser: a tag-soup tokenizer over the UTF-8 bytes feeding
/// ``TagSoupTreeBuilder``, which applies the few tree-construction rules that matter for text.
///
/// Handles comments, CDATA, doctypes, processing instructions, raw-text elements (`script`,
/// `style`, `textarea`, `title`, …) and constructs left open at the end (consumed to the end).
///
/// - Complexity: O(n) in the bytes of the page; no recursion.
struct TagSoupParser: Sendable {
    /// Parses `html` into balanced events.
    func events(_ html: String) -> [MarkupEvent] {
        var source = html
        var builder = TagSoupTreeBuilder()
        source.withUTF8 { bytes in
            var tokenizer = TagSoupTokenizer(bytes: bytes)
            tokenizer.run(into: &builder)
        }
        return builder.finish()
    }
}
