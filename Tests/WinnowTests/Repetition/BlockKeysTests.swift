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
