import Testing
@testable import Winnow

@Suite("Block path labels")
struct BlockFrameLabelTests {
    @Test("ASCII class lists split like Character white space", arguments: [
        "post-content  entry\tmain", " lead\n\rtrail ", "a\u{0B}b\u{0C}c", "", "   ", "x y z w v u t s",
    ])
    func asciiClassesSplitLikeCharacters(_ classes: String) {
        let expected = classes.split(whereSeparator: \.isWhitespace).prefix(3).map(String.init)
        #expect(BlockFrame.asciiWords(classes, maximum: 3)?.map(String.init) == expected)
    }

    @Test("Non-ASCII class lists fall back to the character reading")
    func nonASCIIClasses() {
        #expect(BlockFrame.asciiWords("tin-liên-quan box", maximum: 3) == nil)
        #expect(BlockFrame.label(name: "div", classes: "tin-liên-quan\u{00A0}box", id: nil, maximumClasses: 3)
            == "div.tin-liên-quan.box")
    }

    @Test("Ids are trimmed of spaces and tabs, and empty ids are left out", arguments: [
        (" main\t", "p#main"), ("main", "p#main"), ("  ", "p"), ("\u{00A0}x\u{00A0}", "p#x"),
    ])
    func idsAreTrimmed(_ pair: (String, String)) {
        #expect(BlockFrame.label(name: "p", classes: nil, id: pair.0, maximumClasses: 3) == pair.1)
    }

    @Test("Inline styles compact like the scalar-wise reading", arguments: [
        "Display : NONE;\tcolor:Red", "visibility:\n hidden", "", "x\u{0B}y\u{0C}z", "Ünïcode\u{00A0}STYLE",
    ])
    func stylesCompactLikeScalars(_ style: String) {
        let expected = String(style.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
        #expect(BlockFrame.compactStyle(style) == expected)
    }
}
