/// Attribute values and raw-text content (`script`, `style`, `title`, …) for the tokenizer.
extension TagSoupTokenizer {
    /// Reads one attribute; `false` when the input ends inside it.
    mutating func attribute(into attributes: inout MarkupAttributes) -> Bool {
        let nameStart = index
        index += 1
        while let byte = byte(at: index), !ASCII.isSpace(byte), byte != ASCII.equals,
              byte != ASCII.greaterThan, byte != ASCII.slash { index += 1 }
        let name = Self.localName(ASCII.lowercased(bytes[nameStart..<index]))
        while let byte = byte(at: index), ASCII.isSpace(byte) { index += 1 }
        var value = ""
        if byte(at: index) == ASCII.equals {
            index += 1
            while let byte = byte(at: index), ASCII.isSpace(byte) { index += 1 }
            guard let first = byte(at: index) else { return false }
            let valueRange: Range<Int>
            if first == ASCII.quote || first == ASCII.apostrophe {
                index += 1
                let start = index
                while let byte = byte(at: index), byte != first { index += 1 }
                guard index < bytes.count else { return false }
                valueRange = start..<index
                index += 1
            } else {
                let start = index
                while let byte = byte(at: index), !ASCII.isSpace(byte), byte != ASCII.greaterThan { index += 1 }
                valueRange = start..<index
            }
            if MarkupEvent.keptAttributes.contains(name), attributes[name] == nil {
                value = HTMLEntities.decode(UnsafeBufferPointer(rebasing: bytes[valueRange]), inAttribute: true)
            }
        }
        if MarkupEvent.keptAttributes.contains(name), attributes[name] == nil { attributes[name] = value }
        return true
    }

    /// The text of a raw-text element up to `</name`, then its end tag.
    mutating func rawText(of name: String, into builder: inout TagSoupTreeBuilder) {
        let start = index
        let closing = Array("</\(name)".utf8)
        var end = bytes.count
        while index < bytes.count {
            if bytes[index] == ASCII.lessThan, matchesIgnoringCase(closing, at: index),
               byte(at: index + closing.count).map({ ASCII.isSpace($0) || $0 == ASCII.greaterThan || $0 == ASCII.slash }) ?? true {
                end = index
                break
            }
            index += 1
        }
        if start < end {
            let content = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let decodes = name == "title" || name == "textarea"
            builder.text(decodes ? HTMLEntities.decode(content) : String(decoding: content, as: UTF8.self))
        }
        skip(past: ASCII.greaterThan)
        builder.endTag(name)
    }
}
