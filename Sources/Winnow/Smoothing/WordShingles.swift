/// A text's runs of four consecutive words, hashed: the unit in which the declared-body stage
/// compares a block with the article text a page declares. Words are the runs of letters and
/// digits, lower-cased, so punctuation, spacing and character references do not matter.
///
/// ```swift
/// let body = WordShingles("The quick brown fox jumps.")
/// body.values.count                                            // 2
/// WordShingles("quick brown fox jumps").values.allSatisfy(Set(body.values).contains) // true
/// ```
///
/// - Complexity: O(*n*) in the text's Unicode scalars.
struct WordShingles: Sendable {
    /// Words in a shingle.
    static let width = 4
    /// One hash per run of ``width`` words, in text order; empty for a text of fewer words.
    let values: [UInt64]
    /// How many words the text has.
    let words: Int

    init(_ text: String) {
        var hashes: [UInt64] = []
        var hash: UInt64 = Self.basis
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isWordScalar: Bool
            if value < 0x80 {
                let byte = UInt8(value)
                isWordScalar = ASCII.isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                if isWordScalar { hash = (hash ^ UInt64(ASCII.lower(byte))) &* 0x100_0000_01B3 }
            } else {
                let properties = scalar.properties
                isWordScalar = properties.isAlphabetic || properties.numericType != nil
                if isWordScalar && properties.changesWhenLowercased {
                    for lower in properties.lowercaseMapping.unicodeScalars {
                        hash = (hash ^ UInt64(lower.value)) &* 0x100_0000_01B3
                    }
                } else if isWordScalar {
                    hash = (hash ^ UInt64(value)) &* 0x100_0000_01B3
                }
            }
            if isWordScalar {
                inWord = true
            } else if inWord {
                hashes.append(hash)
                hash = Self.basis
                inWord = false
            }
        }
        if inWord { hashes.append(hash) }
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

    /// Share of these shingles found in `set`; `nil` when there are none.
    func share(in set: Set<UInt64>) -> Double? {
        guard !values.isEmpty else { return nil }
        return Double(values.count(where: set.contains)) / Double(values.count)
    }

    private static let basis: UInt64 = 0xCBF2_9CE4_8422_2325
}
