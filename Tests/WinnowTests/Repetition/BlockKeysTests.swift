import Foundation
import Testing
@testable import Winnow

@Suite("Block keys")
struct BlockKeysTests {
    @Test("Canonically equivalent paths share a group but not a slot")
    func equivalentPathsShareGroupNotSlot() {
        let blocks = ["body>div.caf\u{E9}>p", "body>div.cafe\u{301}>p", "body>div.caf\u{E9}>p", "", "body>p"]
            .map { TextBlock(text: "t", kind: .paragraph, path: $0) }
        let paths = PagePaths(blocks)
        #expect(paths.slots == [0, 1, 0, -1, 2])
        #expect(paths.groups == [0, 0, 0, -1, 1])
        #expect(paths.prints == paths.paths.map { Fingerprint.path($0).value })
    }

    @Test("Paths numbered while segmenting equal the numbering of the segmented blocks' paths")
    func segmentationNumbersPathsAsTheBlocksDo() {
        let html = """
            <body><div class="caf\u{E9}"><p>One paragraph.</p></div><div class="cafe\u{301}"><p>Two.</p></div>
            <div class="caf\u{E9}"><p>Three.</p><ul><li>Four</li><li>Five</li></ul></div><p>Six.</p></body>
            """
        for parser in TestParsers.all {
            var configuration = Configuration()
            configuration.parser = parser
            let page = Extractor(configuration: configuration).segment(Page(html: html))
            let numbered = page.keys.paths, expected = PagePaths(page.blocks)
            #expect(numbered.paths == expected.paths && numbered.slots == expected.slots, "\(parser)")
            #expect(numbered.groups == expected.groups && numbered.groupCount == expected.groupCount, "\(parser)")
            #expect(numbered.prints == expected.prints, "\(parser)")
            #expect(Set(numbered.slots).count == 3, "\(parser)")  // the decoder composes "cafe\u{301}"
        }
    }

    @Test("Keys computed at segmentation are dropped when the blocks change")
    func keysFollowTheBlocks() {
        var page = Extractor().segment(Page(html: "<p>First paragraph here.</p><p>Second one.</p>"))
        #expect(page.storedKeys != nil)
        #expect(page.keys.texts == page.blocks.map { Fingerprint($0.text).value })
        page.blocks[0].text = "Changed"
        #expect(page.storedKeys == nil)
        #expect(page.keys.texts == page.blocks.map { Fingerprint($0.text).value })
    }
}

@Test("The decomposition table read in one call equals decomposing each scalar alone")
func latinDecompositionMatchesOneByOne() {
    var expected: [UInt32: [UInt32]] = [:]
    for range: ClosedRange<UInt32> in [0x00C0...0x024F, 0x0370...0x04FF, 0x1E00...0x1FFF] {
        for value in range {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
            if decomposed != [value] { expected[value] = decomposed }
        }
    }
    #expect(LatinDecomposition.table == expected)
}
