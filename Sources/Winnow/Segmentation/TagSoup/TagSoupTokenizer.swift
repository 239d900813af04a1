/// Cuts UTF-8 bytes into start tags, end tags and text for a ``TagSoupTreeBuilder``.
struct TagSoupTokenizer {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

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

    func byte(at position: Int) -> UInt8? {
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
        var attributes = MarkupAttributes()
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

    mutating func tagName() -> String {
        let start = index
        while let byte = byte(at: index), !ASCII.isSpace(byte), byte != ASCII.greaterThan, byte != ASCII.slash {
            index += 1
        }
        return Self.localName(ASCII.lowercased(bytes[start..<index]))
    }

    /// `a0:li` → `li`, `xml:lang` → `lang`: the prefix is dropped, as libxml2 does.
    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":"), name.index(after: colon) < name.endIndex else { return name }
        return String(name[name.index(after: colon)...])
    }

    mutating func skip(past terminator: UInt8) {
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

    func matchesIgnoringCase(_ pattern: [UInt8], at position: Int) -> Bool {
        guard position + pattern.count <= bytes.count else { return false }
        for offset in pattern.indices where ASCII.lower(bytes[position + offset]) != ASCII.lower(pattern[offset]) {
            return false
        }
        return true
    }
}
