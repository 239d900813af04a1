import Foundation

extension BlockFrame {
    /// `tag.class1.class2#id`: at most `maximumClasses` classes (split at white space), the id
    /// trimmed of spaces and tabs. ASCII class lists and ids (nearly all) are read byte by byte;
    /// others through `Character.isWhitespace` and Foundation's trimming, with the same result.
    static func label(name: String, classes: String?, id: String?, maximumClasses: Int) -> String {
        var label = name
        if let classes {
            if let words = asciiWords(classes, maximum: maximumClasses) {
                for word in words {
                    label += "."
                    label += word
                }
            } else {
                for word in classes.split(whereSeparator: \.isWhitespace).prefix(maximumClasses) {
                    label += "."
                    label += word
                }
            }
        }
        if let id {
            let trimmed = isTrimmed(id) ? id : id.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty {
                label += "#"
                label += trimmed
            }
        }
        return label
    }

    /// Appends ``label(name:classes:id:maximumClasses:)`` of this frame to `bytes` as UTF-8;
    /// an ASCII class list is copied word by word, without making the label's `String`.
    func appendLabel(to bytes: inout [UInt8], maximumClasses: Int) {
        let start = bytes.count
        bytes += name.utf8
        if let classes, !Self.appendASCIIWords(classes, maximum: maximumClasses, to: &bytes) {
            bytes.removeSubrange(start...)
            bytes += Self.label(name: name, classes: classes, id: id, maximumClasses: maximumClasses).utf8
            return
        }
        if let id {
            let trimmed = Self.isTrimmed(id) ? id : id.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty {
                bytes.append(UInt8(ascii: "#"))
                bytes += trimmed.utf8
            }
        }
    }

    /// Appends `.word` for each of the first `maximum` words of `text` as
    /// ``asciiWords(_:maximum:)`` splits it; false, with nothing appended, when `text` is not ASCII.
    private static func appendASCIIWords(_ text: String, maximum: Int, to bytes: inout [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard ASCII.isASCII(utf8) else { return false }
            var words = 0
            var start: Int?
            for index in 0...utf8.count where words < maximum {
                if index < utf8.count, !ASCII.isWhiteSpace(utf8[index]) {
                    if start == nil { start = index }
                } else if let begin = start {
                    bytes.append(UInt8(ascii: "."))
                    bytes += UnsafeBufferPointer(rebasing: utf8[begin..<index])
                    words += 1
                    start = nil
                }
            }
            return true
        }
    }

    /// The first `maximum` words of an ASCII string split at ASCII white space (tab, line feed,
    /// vertical tab, form feed, carriage return, space: the ASCII characters for which
    /// `Character.isWhitespace` holds); `nil` when the string is not ASCII.
    static func asciiWords(_ text: String, maximum: Int) -> [Substring]? {
        let utf8 = text.utf8
        var words: [Substring] = []
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte >= 0x80 { return nil }
            if ASCII.isWhiteSpace(byte) {
                if let begin = start {
                    if words.count < maximum { words.append(text[begin..<index]) }
                    start = nil
                }
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        if let begin = start, words.count < maximum { words.append(text[begin..<utf8.endIndex]) }
        return words
    }

    /// Whether trimming spaces and tabs would leave `text` unchanged, judged from its first and
    /// last bytes when both are ASCII (`false` means "not known": trim).
    private static func isTrimmed(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return true }
        func plain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && byte != 0x09 }
        return plain(first) && plain(last)
    }

    /// An inline style lower-cased without white space (`Unicode.Scalar.Properties.isWhitespace`);
    /// ASCII styles byte-wise, where the white space is tab through carriage return and space.
    static func compactStyle(_ style: String) -> String {
        let utf8 = style.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return String(style.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for byte in utf8 where !ASCII.isWhiteSpace(byte) {
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
