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

/// Cuts UTF-8 bytes into start tags, end tags and text for a ``TagSoupTreeBuilder``.
struct TagSoupTokenizer {
    let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func run(into builder: inout TagSoupTreeBuilder) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }  // byte-order mark
        var textStart = index
        while index < bytes.count {
            guard bytes[index] == ASCII.lessThan else {
                index += 1
                continue
            }
            let tagStart = index
            let next = byte(at: index + 1)
            if next == ASCII.bang || next == ASCII.question {
                emitText(textStart..<tagStart, into: &builder)
                markupDeclaration(into: &builder)
            } else if next == ASCII.slash, let letter = byte(at: index + 2), ASCII.isLetter(letter) {
                emitText(textStart..<tagStart, into: &builder)
                index += 2
                let name = tagName()
                skip(past: ASCII.greaterThan)
                builder.endTag(name)
            } else if let next, ASCII.isLetter(next) {
                emitText(textStart..<tagStart, into: &builder)
                startTag(into: &builder)
            } else {
                index += 1
                continue
            }
            textStart = index
        }
        emitText(textStart..<min(index, bytes.count), into: &builder)
    }

    private func byte(at position: Int) -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private func emitText(_ range: Range<Int>, into builder: inout TagSoupTreeBuilder) {
        guard !range.isEmpty else { return }
        builder.text(HTMLEntities.decode(UnsafeBufferPointer(rebasing: bytes[range])))
    }

    /// `<!-- … -->`, `<![CDATA[ … ]]>` (kept as text), `<!DOCTYPE …>`, `<? … >`.
    private mutating func markupDeclaration(into builder: inout TagSoupTreeBuilder) {
        if hasPrefix("<!--") {
            index += 4
            skip(past: Array("-->".utf8))
        } else if hasPrefix("<![CDATA[") {
            index += 9
            let start = index
            skip(past: Array("]]>".utf8))
            let end = index >= bytes.count && !hasSuffix("]]>") ? bytes.count : index - 3
            if start < end {
                builder.text(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            }
        } else {
            skip(past: ASCII.greaterThan)
        }
    }

    private mutating func startTag(into builder: inout TagSoupTreeBuilder) {
        index += 1
        let name = tagName()
        var attributes: [String: String] = [:]
        var selfClosing = false
        while true {
            while let byte = byte(at: index), ASCII.isSpace(byte) || byte == ASCII.slash {
                selfClosing = byte == ASCII.slash
                index += 1
            }
            guard let byte = byte(at: index) else { return }  // unterminated tag: dropped
            if byte == ASCII.greaterThan {
                index += 1
                break
            }
            selfClosing = false
            guard attribute(into: &attributes) else { return }
        }
        builder.startTag(MarkupElement(name: name, attributes: attributes), selfClosing: selfClosing)
        if HTMLElements.rawText.contains(name), !(selfClosing && builder.inForeignContent) {
            rawText(of: name, into: &builder)
        }
    }

    /// Reads one attribute; `false` when the input ends inside it.
    private mutating func attribute(into attributes: inout [String: String]) -> Bool {
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
    private mutating func rawText(of name: String, into builder: inout TagSoupTreeBuilder) {
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

    private mutating func tagName() -> String {
        let start = index
        while let byte = byte(at: index), !ASCII.isSpace(byte), byte != ASCII.greaterThan, byte != ASCII.slash {
            index += 1
        }
        return Self.localName(ASCII.lowercased(bytes[start..<index]))
    }

    /// `a0:li` → `li`, `xml:lang` → `lang`: the prefix is dropped, as libxml2 does.
    private static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":"), name.index(after: colon) < name.endIndex else { return name }
        return String(name[name.index(after: colon)...])
    }

    private mutating func skip(past terminator: UInt8) {
        while index < bytes.count, bytes[index] != terminator { index += 1 }
        index = min(index + 1, bytes.count)
    }

    private mutating func skip(past terminator: [UInt8]) {
        while index < bytes.count, !matchesIgnoringCase(terminator, at: index) { index += 1 }
        index = min(index + terminator.count, bytes.count)
    }

    private func hasPrefix(_ prefix: String) -> Bool { matchesIgnoringCase(Array(prefix.utf8), at: index) }

    private func hasSuffix(_ suffix: String) -> Bool {
        let pattern = Array(suffix.utf8)
        return index >= pattern.count && matchesIgnoringCase(pattern, at: index - pattern.count)
    }

    private func matchesIgnoringCase(_ pattern: [UInt8], at position: Int) -> Bool {
        guard position + pattern.count <= bytes.count else { return false }
        for offset in pattern.indices where ASCII.lower(bytes[position + offset]) != ASCII.lower(pattern[offset]) {
            return false
        }
        return true
    }
}
