#if LibXML2
import Foundation

extension RawTextScan {
    /// Where a start tag ends: the index after its `>`, and whether it ended with `/>`.
    struct TagEnd {
        var index: Int
        var closesAtOnce: Bool
    }

    /// The end of the start tag whose name is the bytes in `name`, read as libxml2's
    /// `htmlParseStartTag` reads attributes; `nil` where the scan is not sure of it. Records for
    /// removal each attribute no stage reads (see ``keptAttribute(_:)``), from its name to the
    /// end of its value, the blanks around it kept, and the quoted value of a kept attribute
    /// whose value no stage reads on this element (``MarkupAttribute/valueIsReadOnlyOn``),
    /// quotes kept: `<a href="/x">` → `<a href="">` (an unquoted value is kept: `name=`
    /// without one would take what follows).
    ///
    /// What libxml2 reads of the tag is unchanged but for those attributes: the byte before one
    /// is a blank or a closing quote and the byte after one a blank, `>`, `/` or (after a quoted
    /// value) the next name, so joined they split where they did; libxml2 needs no blank
    /// between attributes, drops a repeated attribute by its name (a kept one fares as before)
    /// and reads only kept attributes on `meta`.
    mutating func tagEnd(of name: Range<Int>) -> TagEnd? {
        var index = name.upperBound
        while true {
            index = skippingBlanks(from: index)
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            if byte == ASCII.greaterThan { return TagEnd(index: index + 1, closesAtOnce: false) }
            if byte == ASCII.slash {
                return index + 1 < bytes.count && bytes[index + 1] == ASCII.greaterThan
                    ? TagEnd(index: index + 2, closesAtOnce: true) : nil
            }
            guard let attributeEnd = nameEnd(from: index) else { return nil }
            let attributeStart = index
            let kept = keptAttribute(attributeStart..<attributeEnd)
            let isKept = kept != nil
            index = skippingBlanks(from: attributeEnd)
            guard index < bytes.count, bytes[index] == ASCII.equals else {
                if !isKept { remove(attributeStart..<attributeEnd) }
                continue
            }
            index = skippingBlanks(from: index + 1)
            guard index < bytes.count else { return nil }
            let quote = bytes[index]
            if quote == ASCII.quote || quote == ASCII.apostrophe {
                // libxml2 ends a quoted value at the same quote, whatever comes between.
                guard let close = find(quote, from: index + 1) else { return nil }
                if let reader = kept?.valueIsReadOnlyOn, !isName(reader, in: name) { remove((index + 1)..<close) }
                index = close + 1
                if !isKept { remove(attributeStart..<index) }
                continue
            }
            let valueStart = index
            while index < bytes.count, !Self.isBlank(bytes[index]), bytes[index] != ASCII.greaterThan {
                let byte = bytes[index]
                if byte == ASCII.lessThan || byte == ASCII.quote || byte == ASCII.apostrophe || byte < 0x20 { return nil }
                index += 1
            }
            guard index > valueStart else { return nil }
            if !isKept { remove(attributeStart..<index) }
        }
    }

    /// The attribute named by the bytes in `name` when it is one a stage reads (a
    /// ``MarkupAttribute``, names compared as libxml2 reports them, lower-cased). Every
    /// attribute libxml2 2.9's HTML parser itself interprets (`charset`, `http-equiv` and
    /// `content` on `meta`) is among them; namespaces (`xmlns`) are no concern of its HTML parser.
    func keptAttribute(_ name: Range<Int>) -> MarkupAttribute? {
        guard name.count <= MarkupEvent.longestKeptAttribute else { return nil }
        return MarkupAttribute(lowercasing: UnsafeBufferPointer(rebasing: bytes[name]))
    }

    private func skippingBlanks(from start: Int) -> Int {
        var index = start
        while index < bytes.count && Self.isBlank(bytes[index]) { index += 1 }
        return index
    }
}
#endif
