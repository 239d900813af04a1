/// A text's runs of four consecutive words, hashed: the unit in which the declared-body stage
/// (and segmentation's paywall check, ``Configuration/Segmentation-swift.struct/revealDeclaredBodyBelowPrintedShare``)
/// compares a block with the article text a page declares. A word is a run of ASCII letters and
/// digits (lower-cased) and of other characters but punctuation, symbols and spaces, so
/// punctuation, spacing and the case of ASCII letters do not matter.
///
/// ```swift
/// let body = WordShingles("The quick brown fox jumps.")
/// body.values.count                                            // 2
/// WordShingles("quick brown fox jumps").values.allSatisfy(Set(body.values).contains) // true
/// ```
///
/// - Complexity: O(*n*) in the text's UTF-8 bytes.
struct WordShingles: Sendable {
    /// Words in a shingle.
    static let width = 4
    /// One hash per run of ``width`` words, in text order; empty for a text of fewer words.
    let values: [UInt64]
    /// How many words the text has.
    let words: Int

    init(_ text: String) {
        var text = text
        let hashes = text.withUTF8(Self.wordHashes)
        words = hashes.count
        guard hashes.count >= Self.width else {
            values = []
            return
        }
        values = (0...(hashes.count - Self.width)).map { start in
            var value: UInt64 = 0
            for offset in 0..<Self.width { value = (value ^ hashes[start + offset]) &* 0x9E37_79B9_7F4A_7C15 }
            return value ^ (value >> 29)
        }
    }

    /// How the blocks print these shingles (a page's declared article text): each block's own
    /// shingles, how many of them are among these, and the share of these the blocks print.
    struct Coverage {
        /// Each block's shingles.
        let blocks: [WordShingles]
        /// How many of each block's shingles are among these.
        let declared: [Int]
        /// Share of these (distinct) shingles printed in some block; 0 when there are none.
        let printedShare: Double
    }

    /// How `blocks` print these shingles.
    func coverage(in blocks: [TextBlock]) -> Coverage {
        let own = Set(values)
        // By index: enumerating the blocks would copy each (retaining its path and ancestors).
        let shingles = blocks.indices.map { WordShingles(blocks[$0].text) }
        var declared = [Int](repeating: 0, count: shingles.count)
        var printed = Set<UInt64>()
        for index in shingles.indices {
            for run in shingles[index].values where own.contains(run) {
                declared[index] += 1
                printed.insert(run)
            }
        }
        return Coverage(blocks: shingles, declared: declared,
                        printedShare: own.isEmpty ? 0 : Double(printed.count) / Double(own.count))
    }

    /// Share of these shingles found in `set`; `nil` when there are none.
    func share(in set: Set<UInt64>) -> Double? {
        guard !values.isEmpty else { return nil }
        return Double(values.count(where: set.contains)) / Double(values.count)
    }

    /// One FNV-1a hash per word, byte by byte over valid UTF-8.
    private static func wordHashes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var hashes: [UInt64] = []
        var hash = basis
        var inWord = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var end = index + 1
            let isWord: Bool
            if byte < 0x80 {
                isWord = ASCII.isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                if isWord { hash = (hash ^ UInt64(ASCII.lower(byte))) &* prime }
            } else {
                let (value, length) = UTF8Scalar.decode(bytes, at: index)
                end = index + length
                isWord = !isSeparator(value)
                if isWord { for position in index..<end { hash = (hash ^ UInt64(bytes[position])) &* prime } }
            }
            if isWord {
                inWord = true
            } else if inWord {
                hashes.append(hash)
                hash = basis
                inWord = false
            }
            index = end
        }
        if inWord { hashes.append(hash) }
        return hashes
    }

    /// Whether one non-ASCII scalar separates words: Latin-1 punctuation and symbols (no-break
    /// space to `¿`, `×`, `÷`), general punctuation (U+2000–U+206F: dashes, curly quotes,
    /// ellipsis), CJK symbols and punctuation (U+3000–U+303F) and the full-width ASCII punctuation.
    private static func isSeparator(_ value: UInt32) -> Bool {
        switch value {
        case 0xA0...0xBF, 0xD7, 0xF7, 0x2000...0x206F, 0x3000...0x303F,
             0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: true
        default: false
        }
    }

    private static let basis: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01B3
}
