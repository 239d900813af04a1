import Testing
@testable import Winnow

@Suite("Parser robustness")
struct ParserRobustnessTests {
    @Test(arguments: TestParsers.all)
    func aLyingCharsetDeclarationDoesNotGarbleTheDecodedString(parser: Configuration.Parser) {
        let html = "<meta charset=windows-1258><meta http-equiv=content-type content='text/html; charset=iso-8859-1'><p>Tiếng Việt café</p>"
        #expect(texts(html, with: parser) == ["Tiếng Việt café"])
    }

    @Test(arguments: TestParsers.all)
    func namedReferencesAcrossTheLatin1TableDecode(parser: Configuration.Parser) {
        #expect(texts("<p>&nbsp;&iexcl;&Agrave;&szlig;&yuml;&hellip;&euro;</p>", with: parser) == ["¡Àßÿ…€"])
    }

    #if LibXML2
    @Test func deepNestingWithStrayEndTagsFallsBackToTagSoup() {
        let html = String(repeating: "<div>", count: 2_000) + "text" + String(repeating: "</span>", count: 2_000)
        let result = segment(html, with: .libxml2) { $0.limits.maximumLibXML2Work = 1_000_000 }
        #expect(result.blocks.map(\.text) == ["text"])
        #expect(result.notes.contains { $0.contains("maximumLibXML2Work") })
    }

    @Test func libxml2ParsesConcurrently() async {
        let html = (1...200).map { "<div class=c\($0)><p>Paragraph \($0) with <a href=#>a link</a>.</p></div>" }.joined()
        let expected = segment(html, with: .libxml2).blocks
        let results = await withTaskGroup(of: [TextBlock].self) { group in
            for _ in 0..<8 { group.addTask { segment(html, with: .libxml2).blocks } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == expected })
    }
    #endif

    @Test(arguments: TestParsers.all)
    func emptyAndMarkupOnlyInputGiveNoBlocks(parser: Configuration.Parser) {
        for html in ["", "   ", "<html></html>", "<!-- only -->", "<", "&", "</div>"] {
            #expect(segment(html, with: parser).blocks.allSatisfy { !$0.text.isEmpty }, "input \(html)")
        }
        #expect(texts("", with: parser).isEmpty)
    }
}
