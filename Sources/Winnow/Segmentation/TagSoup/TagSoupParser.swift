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
        return source.withUTF8(events(utf8:))
    }

    /// Parses valid UTF-8 `html` into balanced events.
    func events(utf8 html: UnsafeBufferPointer<UInt8>) -> [MarkupEvent] {
        var builder = TagSoupTreeBuilder()
        var tokenizer = TagSoupTokenizer(bytes: html)
        tokenizer.run(into: &builder)
        return builder.finish()
    }
}
