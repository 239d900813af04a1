#if LibXML2
import Foundation

/// Removes, before a page goes to libxml2, bytes no consumer reads: the contents of `<script>`
/// (JSON-LD excepted) and `<style>` elements, keeping their start and end tags, attributes that
/// are no ``MarkupAttribute`` (name and value, the blanks around them kept), quoted values
/// stages read on other elements only (`<a href="/x">` → `<a href="">`), the bodies of
/// comments (`<!---->` stays a comment), and all but the first byte of each run of blanks in
/// text (every stage folds white space). libxml2 2.9 reads all of these one character at a time.
///
/// ```swift
/// let page = Array("<p data-id=\"42\" class=\"a\">Hi  there<!-- ad --></p><style>p {}</style>".utf8)
/// let stripped = page.withUnsafeBufferPointer { RawTextStripper().stripped($0) }
/// // stripped == Array("<p  class=\"a\">Hi there<!----></p><style></style>".utf8)
/// ```
///
/// The stripped page must give libxml2's events but for the removed text, so ``RawTextScan``
/// follows libxml2 2.9's HTML tokenizer where it decides where tags, attributes, comments and
/// these elements start and end, and gives up (the page is parsed as it is) on anything it is
/// not sure of. Contents are kept where a consumer reads them: JSON-LD (a start tag holding
/// `ld+json`, or an `&` that might spell it), and anything after an unclosed `<title>` or `<h1>`
/// start tag (``MetadataCollector`` keeps all the text inside those, a script's included).
/// Blank runs are kept inside `title` and `h1` and inside elements whose white space shows
/// (`pre`, `textarea`…), and when as long as the chunks libxml2 tells blank text by.
///
/// - Complexity: O(n) in the bytes; tags are found with `memchr`.
struct RawTextStripper: Sendable {
    /// `bytes` without what the scan found to remove, or `nil` when nothing is or the scan gave up.
    func stripped(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var scan = RawTextScan(bytes)
        guard let removals = scan.removals(), !removals.isEmpty else { return nil }
        let removed = removals.reduce(0) { $0 + $1.count }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count - removed)
        var from = 0
        for range in removals {
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<range.lowerBound]))
            from = range.upperBound
        }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from...]))
        return result
    }
}

extension RawTextScan {
    /// Where the contents of the raw-text element `name`, whose start tag ends at `start`, end:
    /// at the next `</` + the name in any case (as libxml2 2.9 in recovery mode ends them) or at
    /// the end of the page; `nil` to give up.
    ///
    /// libxml2 stops reading raw text at a control character and handles contents that open with
    /// `</` as an end tag, or with a tag that closes the element (``closesRawText(_:tagAt:)``),
    /// before reading them as raw text; these make the scan give up, as does an end tag whose
    /// name runs on (`</scriptx>` ends the text but not the element). Contents opening with any
    /// other tag (`<script type="text/template"><div>…`) are raw text to libxml2 too.
    func rawTextEnd(of name: [UInt8], from start: Int) -> Int? {
        var index = start
        while let open = find(ASCII.lessThan, from: index) {
            index = open + 1
            guard open + 1 < bytes.count else { break }
            let after = open + 2 + name.count
            guard bytes[open + 1] == ASCII.slash, after <= bytes.count, hasPrefix(name, at: open + 2) else {
                // Contents that open with `</` or a closing tag are not read as raw text first.
                if open == start && (bytes[open + 1] == ASCII.slash || closesRawText(name, tagAt: open)) { return nil }
                continue
            }
            // `</script` at the very end, or `</scriptx`, which ends the text but not the element.
            guard after < bytes.count, !Self.isNameByte(bytes[after]) else { return nil }
            return holdsControlBytes(start..<open) ? nil : open
        }
        return holdsControlBytes(start..<bytes.count) ? nil : bytes.count
    }

    /// Whether `<` + a letter at `open` starts a tag that closes the raw-text element `name` it
    /// opens the contents of, as libxml2 2.9 checks there (`htmlCheckAutoClose` on the name read
    /// as ASCII letters, digits, `:`, `-` and `_`): its table lets `noscript` close a `script`,
    /// and `body` and `frameset` a `style`, and no other tag.
    private func closesRawText(_ name: [UInt8], tagAt open: Int) -> Bool {
        guard ASCII.isLetter(bytes[open + 1]) else { return false }
        var end = open + 1
        while end < bytes.count, ASCII.isLetter(bytes[end]) || (bytes[end] >= UInt8(ascii: "0") && bytes[end] <= UInt8(ascii: "9"))
            || bytes[end] == UInt8(ascii: ":") || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "_") { end += 1 }
        let tag = (open + 1)..<end
        return name == Self.script ? isName("noscript", in: tag) : isName("body", in: tag) || isName("frameset", in: tag)
    }

    /// Whether the bytes at `index` (at least `name.count` of them) spell `name` in any case.
    func hasPrefix(_ name: [UInt8], at index: Int) -> Bool {
        for offset in 0..<name.count where ASCII.lower(bytes[index + offset]) != name[offset] { return false }
        return true
    }

    /// Whether `range` holds a byte below 0x20 other than tab, line feed and carriage return
    /// (eight bytes at a time where none is below 0x20).
    private func holdsControlBytes(_ range: Range<Int>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = range.lowerBound
        while index < range.upperBound {
            if index + 8 <= range.upperBound {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // A byte below 0x20 sets its high bit in (word - 0x20…) & ~word.
                if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
            index += 1
        }
        return false
    }
}
#endif
