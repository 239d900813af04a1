import Testing
@_spi(Training) @testable import Winnow

@Suite("Byte-wise readings match the scalar-wise ones")
struct FastReadingTests {
    static let texts = [
        "", " ", "  lead and trail  ", "Hello, World. It's 2026!", "The end...", "ĐỌC THÊM: tin liên quan",
        "Việt Nam và thế giới ở đây", "“Quoted” words — and dashes… ‘single’", "e\u{301}tude cafe\u{301} E\u{301}TUDE",
        "a \u{301}b", "x \u{200D}y", "\u{0600} 12", "Kelvin \u{212A} and \u{037E}", "line\r\nnext \r\n Upper",
        "日本語のテキスト。中文，测试！", "한국어 텍스트 입니다", "Ǆemal ǅemal ǆemal", "Ⅻ chapters ½ done", "İstanbul ΣΊΣΥΦΟΣ",
        "ﬁnance ﬂow", "À côté de l'église, Œuvre", "A", "a", "\u{0301}", "  \u{0301}  ", "The of and OF The",
    ]

    @Test("Block counts match the scalar-by-scalar reading", arguments: texts)
    func countsMatch(_ text: String) {
        for language in ["en", "vi", "fr", "de", nil] {
            let stopwords = Stopwords.forLanguage(language)
            let counts = TextCounts(text, stopwords: stopwords)
            let fast = [counts.characters, counts.punctuation, counts.digits, counts.sentences, counts.cjk,
                        counts.words, counts.stopwords, counts.capitalized]
            #expect(fast == ReferenceReadings.counts(text, stopwords: stopwords), "language \(language ?? "none")")
        }
    }

    @Test("Measured link density equals the block's own", arguments: texts)
    func linkDensityMatches(_ text: String) {
        let extractor = FeatureExtractor(configuration: .init(), stopwords: .forLanguage("en"), pathHints: PathHints(weights: [:]))
        for links in [0, 1, 3, 1_000] {
            let block = TextBlock(text: text, kind: .paragraph, linkCharacters: links)
            #expect(extractor.measure(block, position: 0, pathHint: 0).linkDensity == block.linkDensity)
        }
    }

    @Test("Folding matches the property-per-scalar reading", arguments: texts)
    func foldingMatches(_ text: String) {
        #expect(TextFolding.fold(text) == ReferenceReadings.fold(text, keepDigits: false))
        #expect(TextFolding.slug(text) == ReferenceReadings.fold(text, keepDigits: true))
    }

    @Test("Every tabled scalar folds as its properties say, alone and between letters")
    func everyTabledScalarFolds() {
        for value in UInt32(0x80)..<FoldTable.limit {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "a1 \(scalar)b2", "\(scalar)\(scalar) 3"] {
                let folded = TextFolding.fold(text), slug = TextFolding.slug(text)
                guard folded == ReferenceReadings.fold(text, keepDigits: false),
                      slug == ReferenceReadings.fold(text, keepDigits: true) else {
                    Issue.record("U+\(String(value, radix: 16)) folds differently in \(text.debugDescription)")
                    return
                }
            }
        }
    }

    @Test("The scalar tables answer as the standard library does")
    func uppercaseTableMatchesCharacter() {
        for value in UInt32(0)..<0x3200 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(ScalarTables.isUppercaseCharacter(value) == Character(scalar).isUppercase)
            #expect(ScalarTables.isNumeric(value) == (scalar.properties.numericType != nil))
            let properties = scalar.properties
            let isMark = properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
            #expect(ScalarTables.letterKind(value) == (isMark ? .mark : properties.isAlphabetic ? .letter : .none))
        }
    }

    @Test("Title matching by streamed folding agrees with comparing folded strings", arguments: texts)
    func titleMatchingAgrees(_ text: String) {
        for title in Self.texts {
            let folded = TextFolding.fold(title)
            #expect(TextFolding.foldsTo(text, folded) == (TextFolding.fold(text) == folded))
        }
    }
}
