/// The counts ``FeatureExtractor`` takes from a block's text, read in one pass over its UTF-8
/// bytes: ASCII bytes are classified directly, and only other scalars need Unicode properties.
///
/// Words are the text's runs between spaces, as `split(separator: " ")` gives them. The pass
/// cuts at space bytes; that is the same cut whenever every space is a character of its own,
/// which it checks from the scalars around each space (a space next to a combining mark or a
/// prepended sign joins it) and otherwise counts words by the character-wise split.
///
/// ```swift
/// let counts = TextCounts("Hello, World.", stopwords: .forLanguage("en"))
/// counts.words // 2
/// ```
///
/// - Complexity: O(*n*) in the text's bytes.
struct TextCounts {
    var characters = 0, punctuation = 0, digits = 0, sentences = 0, cjk = 0
    var words = 0, stopwords = 0, capitalized = 0
    /// The text's UTF-8 length when every byte is ASCII other than a carriage return (then each
    /// byte is one character), else `nil`.
    var asciiCharacters: Int?

    init(_ text: String, stopwords list: Stopwords) {
        let scanned: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            scan(bytes, text: text, stopwords: list)
        }
        if scanned == true { return }
        self = TextCounts()
        countScalars(text)
        countWords(text.wordsBetweenSpaces(), stopwords: list)
    }

    private init() {}

    /// The one-pass reading; `false` when a space is not a character of its own (then only the
    /// scalar counts are right).
    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, text: String, stopwords list: Stopwords) -> Bool {
        var index = 0
        var wordStart = -1, wordIsASCII = true
        var previous: UInt32 = 0x20
        var afterSpace = false, spacesStandAlone = true
        var plainASCII = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                characters += 1
                switch byte {
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                    punctuation += 1
                    sentences += 1
                case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"):
                    punctuation += 1
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    digits += 1
                default: break
                }
                if byte == 0x0D { plainASCII = false }
                if byte == 0x20 {
                    if wordStart >= 0 {
                        word(bytes, wordStart..<index, isASCII: wordIsASCII, text: text, stopwords: list)
                        wordStart = -1
                    }
                    if !Self.breaksBeforeSpace(previous) { spacesStandAlone = false }
                    afterSpace = true
                } else {
                    afterSpace = false
                    if wordStart < 0 { wordStart = index; wordIsASCII = true }
                }
                previous = UInt32(byte)
                index += 1
                continue
            }
            let (value, length) = UTF8Scalar.decode(bytes, at: index)
            plainASCII = false
            characters += 1
            if afterSpace && !Self.breaksAfterSpace(value) { spacesStandAlone = false }
            afterSpace = false
            switch value {
            case 0x3002, 0xFF01, 0xFF1F:
                punctuation += 1
                sentences += 1
            case 0x3001, 0xFF0C:
                punctuation += 1
            default:
                if ScalarTables.isNumeric(value) { digits += 1 }
                if FeatureExtractor.isCJK(value) { cjk += 1 }
            }
            if wordStart < 0 { wordStart = index }
            wordIsASCII = false
            previous = value
            index += length
        }
        if wordStart >= 0 { word(bytes, wordStart..<bytes.count, isASCII: wordIsASCII, text: text, stopwords: list) }
        if plainASCII { asciiCharacters = bytes.count }
        return spacesStandAlone
    }

    /// Counts one word: stopword and capital.
    private mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, isASCII: Bool,
                               text: String, stopwords list: Stopwords) {
        words += 1
        if isASCII {
            if !list.words.isEmpty && list.contains(ascii: UnsafeBufferPointer(rebasing: bytes[range])) { stopwords += 1 }
            // An ASCII scalar followed by another is a character of its own (CR LF is no capital).
            if bytes[range.lowerBound] &- UInt8(ascii: "A") < 26 { capitalized += 1 }
            return
        }
        var substring: Substring?
        func word() -> Substring {
            if let substring { return substring }
            let utf8 = text.utf8
            let made = text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
            substring = made
            return made
        }
        if !list.words.isEmpty && (!list.isASCII || Self.mayLowerToASCII(bytes, range)) && list.contains(word()) {
            stopwords += 1
        }
        let (first, length) = bytes[range.lowerBound] < 0x80
            ? (UInt32(bytes[range.lowerBound]), 1) : UTF8Scalar.decode(bytes, at: range.lowerBound)
        let next = range.lowerBound + length
        if next == range.upperBound || Self.firstStandsAlone(first, before: bytes, at: next) {
            if ScalarTables.isUppercaseCharacter(first) { capitalized += 1 }
        } else if word().first?.isUppercase == true {
            capitalized += 1
        }
    }

    /// Whether a character boundary surely falls between the scalar `first` and the one at
    /// `bytes[index]`, so `first` is a character of its own.
    @inline(__always)
    private static func firstStandsAlone(_ first: UInt32, before bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if first < 0x80 && byte < 0x80 { return first != 0x0D }
        let next = byte < 0x80 ? UInt32(byte) : UTF8Scalar.decode(bytes, at: index).0
        return breaksBeforeSpace(first) && breaksAfterSpace(next)
    }

    /// Whether a word with non-ASCII scalars may lower-case to a string equal to an ASCII one:
    /// only when its non-ASCII scalars all decompose to ASCII (U+037E, U+1FEF, U+212A).
    private static func mayLowerToASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let (value, length) = UTF8Scalar.decode(bytes, at: index)
            guard value == 0x037E || value == 0x1FEF || value == 0x212A else { return false }
            index += length
        }
        return true
    }

    /// The scalar counts, scalar by scalar.
    private mutating func countScalars(_ text: String) {
        for scalar in text.unicodeScalars {
            characters += 1
            switch scalar {
            case ".", "!", "?", "。", "！", "？":
                punctuation += 1
                sentences += 1
            case ",", ";", ":", "、", "，":
                punctuation += 1
            default:
                if scalar.isASCII ? scalar.value &- 0x30 < 10 : ScalarTables.isNumeric(scalar.value) { digits += 1 }
                if FeatureExtractor.isCJK(scalar.value) { cjk += 1 }
            }
        }
    }

    /// The word counts over words already cut.
    private mutating func countWords(_ list: [Substring], stopwords: Stopwords) {
        for word in list {
            words += 1
            if stopwords.contains(word) { self.stopwords += 1 }
            if word.first?.isUppercase == true { capitalized += 1 }
        }
    }

    /// Whether a character boundary surely falls between this scalar and a following space: it
    /// is not a prepended sign (Arabic number signs and the like, all from U+0600 on).
    @inline(__always)
    static func breaksBeforeSpace(_ value: UInt32) -> Bool {
        value < 0x600 || (0x1E00..<0x2000).contains(value) || (0x2010..<0x2028).contains(value)
            || (0x3000..<0xA000).contains(value) || (0xAC00..<0xD7A4).contains(value)
    }

    /// Whether a character boundary surely falls between a space and this following scalar: the
    /// scalar is in a range with no combining marks, joiners or spacing marks.
    @inline(__always)
    static func breaksAfterSpace(_ value: UInt32) -> Bool {
        value < 0x300 || (0x370..<0x483).contains(value) || (0x48A..<0x530).contains(value)
            || (0x1E00..<0x2000).contains(value) || (0x2010..<0x2028).contains(value)
            || (0x3040..<0x3099).contains(value) || (0x30A0..<0x3100).contains(value)
            || (0x4E00..<0xA000).contains(value) || (0xAC00..<0xD7A4).contains(value)
    }
}
