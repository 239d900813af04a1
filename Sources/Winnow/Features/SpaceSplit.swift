extension String {
    /// The words between spaces, as `split(separator: " ")` gives them (empty words dropped). ASCII
    /// text is cut at its 0x20 bytes without grapheme breaking: there a space is always a
    /// character of its own.
    ///
    /// - Complexity: O(*n*) in the UTF-8 bytes.
    func wordsBetweenSpaces() -> [Substring] {
        let utf8 = self.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(separator: " ") }
        var words: [Substring] = []
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == 0x20 {
                if let begin = start { words.append(self[begin..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        if let begin = start { words.append(self[begin..<utf8.endIndex]) }
        return words
    }
}
