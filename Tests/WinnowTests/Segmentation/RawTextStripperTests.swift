#if LibXML2
import Testing
@testable import Winnow

/// The page handed to libxml2 without script and style contents, unread attributes,
/// comment bodies and runs of blanks in text must read exactly as the page did, but for the
/// script and style text and the length of blank runs.
@Suite("RawTextStripper cuts what no stage reads only where libxml2 agrees")
struct RawTextStripperTests {
    /// `html` stripped, as a String; `nil` when the stripper leaves the page as it is.
    static func stripped(_ html: String) -> String? {
        var source = html
        return source.withUTF8 { RawTextStripper().stripped($0) }.map { String(decoding: $0, as: UTF8.self) }
    }

    /// libxml2's events for `html` without the text inside script and style elements, each run
    /// of blanks in text reduced to its first byte (every stage folds white space).
    static func eventsWithoutRawText(_ html: String) -> [MarkupEvent]? {
        var inRawText = false
        return LibXML2Parser().events(html)?.compactMap { event in
            switch event {
            case .start(var element):
                inRawText = element.name == "script" || element.name == "style"
                // Values only one element's readers see are emptied on the others.
                for attribute in MarkupAttribute.allCases where element.attributes[attribute] != nil {
                    if let reader = attribute.valueIsReadOnlyOn, element.name != "\(reader)" { element.attributes[attribute] = "" }
                }
                return .start(element)
            case .text(let text): return inRawText ? nil : .text(foldingBlankRuns(text))
            case .end:
                inRawText = false
                return event
            }
        }
    }

    /// `text` with each run of libxml2 blanks (space, tab, line feed, carriage return) reduced
    /// to its first one.
    static func foldingBlankRuns(_ text: String) -> String {
        var result: [UInt8] = []
        for byte in text.utf8 {
            let isBlank = RawTextScan.isBlank(byte)
            if isBlank, let last = result.last, RawTextScan.isBlank(last) { continue }
            result.append(byte)
        }
        return String(decoding: result, as: UTF8.self)
    }

    static let pages: [String] = [
        "<html><head><style>p { color: red }</style><script>var a = '<p>x</p>';</script></head><body><p>t</p></body></html>",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\"><p>a</p><script>1</script>",
        "<?xml version=\"1.0\"?><p>a<? x ?>b</p><style>s</style><p>c</p>",
        "<!-- <script> --><p title=\"<style>\" data-x='a>b'>x</p><style>a</style><p>after</p>",
        "<SCRIPT type=text/javascript>if (a </b) {}</SCRIPT ><p>x</p>",
        "<p><script src=a/>x</script>z</p><script/ >y</script>",
        "<p>a < b </ c <!x <_y <3 <?.z <? w</p><script>if (a<b) {}</script><p>d</p>",
        "<div><script>document.write('</div>')</script></div><p>e</p>",
        "<table><tr><td><style>td{}</style>cell</td></tr></table>",
        "<p>a</p><script>var unterminated = '<p>never</p>';",
        "<p>x</p><script></script><style></style><p>y</p>",
        "<script>\n<!--\nvar hidden = 1;\n//-->\n</script><noscript><p>no</p></noscript>",
        "<meta charset=\"utf-8\"><meta http-equiv=\"Content-Type\" content=\"text/html\"><p data-a=\"x&amp;y\" CLASS='c' lang=en>t</p>",
        "<div data-json='{\"a\": \"<p>\"}' data-b = \"1\" hidden id=\"i\"><a href=\"/x?a=1&b=2\" title=\"T\">l</a></div>",
        "<p a=\"1\"data-x=\"2\"class=\"c\">x<br data-y='1'/><img src=a.png alt=\"x\"/><a href=/x data-z=z>l</a></p><p title=t/>y</p>",
        "<script type=\"text/x-template\"><div class=\"t\">{{x}}</div></script><p>a</p><style><p>x</style><script><b>y</script>",
        "<script><noscript>n</noscript></script><p>a</p><style><body>b</style><style><frameset>c</style>",
        "<head><link rel=\"canonical\" href=\"https://e.org/a\"></head><a href=\"https://e.org/b\" class=\"x\">b</a><a href>c</a>",
        "<html data-a=\"1\" lang=\"en\"><body data-b=x><html data-c=\"2\" class=\"k\"><p itemscope class=\"q\" itemprop=a>x</p>",
        "<!-- first --><html><body><p>a<!-- x -->b<!---->c</p><!--[if IE]><p>old</p><![endif]--></body></html>",
        "<html>\n  <head>\n    <title> T  t </title>\n  </head>\n  <body>\n\t\t<p>a  \r\n b &amp;  c</p>  \n</body>\n</html>\n\n",
        "<html><head>\(String(repeating: " ", count: 1200))<title>T</title></head><body><p>x</p></body></html>",
        "<p>a < b  <  c</p><pre>  x\n\n  y</pre>   <textarea>  a  </textarea>",
    ]

    @Test(arguments: pages)
    func strippedPageGivesTheSameEventsButForScriptAndStyleText(html: String) throws {
        let stripped = try #require(Self.stripped(html) ?? html)
        #expect(Self.eventsWithoutRawText(stripped) == Self.eventsWithoutRawText(html))
    }

    @Test func removesScriptAndStyleContentsKeepingTheirTags() {
        #expect(Self.stripped("<style>p{}</style><p>a</p><script>x()</script>") == "<style></style><p>a</p><script></script>")
    }

    @Test func emptyContentsEndAtTheirEndTag() {
        #expect(Self.stripped("<script></script><style>p{}</style>") == "<script></script><style></style>")
    }

    @Test func keepsJSONLDContents() {
        let html = "<script type=\"application/ld+json\">{\"a\":1}</script><script>x()</script>"
        #expect(Self.stripped(html) == "<script type=\"application/ld+json\">{\"a\":1}</script><script></script>")
    }

    @Test func scriptInsideACommentOrAttributeValueIsNoTag() {
        let html = "<!-- <script> --><p title=\"<script>\" alt='>'>x</p><style>a</style>"
        #expect(Self.stripped(html) == "<!----><p  >x</p><style></style>")
    }

    @Test func removesQuotedAttributesNoStageReadsKeepingTheBlanksAround() {
        let html = "<p data-x=\"a b\" title='<t>'data-y = \"\">x</p>"
        #expect(Self.stripped(html) == "<p  >x</p>")
    }

    @Test func keepsValuesOfAttributesStagesReadInAnyCase() {
        let html = "<p CLASS=\"lead\" Id='i' data-x=\"y\" ITEMPROP=\"articleBody\">x</p>"
        #expect(Self.stripped(html) == "<p CLASS=\"lead\" Id='i'  ITEMPROP=\"articleBody\">x</p>")
    }

    @Test func keepsTheMetaAttributesLibXML2Reads() {
        #expect(Self.stripped("<meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0\"><p>x</p>") == nil)
    }

    @Test func emptiesQuotedHrefValuesOutsideLinkElements() {
        let html = "<a HREF=\"/x\">l</a><a href=/y>m</a><LINK rel=\"canonical\" href='https://e.org/x'><area href=\"/z\">"
        #expect(Self.stripped(html) == "<a HREF=\"\">l</a><a href=/y>m</a><LINK rel=\"canonical\" href='https://e.org/x'><area href=\"\">")
    }

    @Test func removesUnquotedAndValuelessAttributesNoStageReadsWhole() {
        // The `/` belongs to the unquoted value, as libxml2 reads it: the tag does not close at once.
        #expect(Self.stripped("<p data-x=abc hidden itemscope title=t/>x</p>") == "<p  hidden  >x</p>")
    }

    @Test func keepsUnquotedValuesOfAttributesStagesRead() {
        #expect(Self.stripped("<p class=a lang=en>x</p>") == nil)
    }

    @Test func emptiesCommentBodies() {
        #expect(Self.stripped("<p>a<!-- note <b>x</b> -->b</p>") == "<p>a<!---->b</p>")
    }

    @Test func leavesEmptyCommentsAndCommentsInsideJSONLDAsTheyAre() {
        #expect(Self.stripped("<!----><p>x</p><script type=\"application/ld+json\"><!-- {} --></script>") == nil)
    }

    @Test func reducesRunsOfBlanksInTextToTheirFirstByte() {
        let html = "<div>\n    <p>a \t b</p>\r\n</div>  x\u{0C}\u{0C}y"
        #expect(Self.stripped(html) == "<div>\n<p>a b</p>\r</div> x\u{0C}\u{0C}y")
    }

    @Test(arguments: 0...3, 1...4)
    func reducesABlankRunWhereverItStartsInTheText(offset: Int, length: Int) {
        let text = String(repeating: "x", count: offset) + String(repeating: " ", count: length) + "y"
        let folded = String(repeating: "x", count: offset) + " y"
        #expect((Self.stripped("<p>\(text)</p>") ?? "<p>\(text)</p>") == "<p>\(folded)</p>")
    }

    @Test(arguments: ["pre", "textarea", "listing", "plaintext", "xmp", "title", "h1"])
    func keepsBlanksWhileAnElementShowingThemIsOpen(name: String) {
        let html = "<\(name.uppercased())>a  b</\(name)><p>c  d</p>"
        #expect(Self.stripped(html) == "<\(name.uppercased())>a  b</\(name)><p>c d</p>")
    }

    @Test func keepsBlankRunsLongEnoughForLibXML2ToReadInTwoChunks() {
        // libxml2 tells blank text by the chunk: 1,000 blanks in <head> open an implied <p>.
        let long = String(repeating: " ", count: RawTextScan.libxml2TextChunk)
        #expect(Self.stripped("<html><head>\(long)<title>T</title></head></html>") == nil)
        let shorter = String(repeating: " ", count: RawTextScan.libxml2TextChunk - 1)
        #expect(Self.stripped("<html><head>\(shorter)<title>T</title></head></html>") == "<html><head> <title>T</title></head></html>")
    }

    @Test func contentsOpeningWithATagThatClosesNothingAreRawText() {
        let html = "<script type=\"text/x-template\"><div class=\"t\">{{x}}</div></script><style><p>x</style>"
        #expect(Self.stripped(html) == "<script type=\"text/x-template\"></script><style></style>")
    }

    @Test func upperCaseEndTagEndsTheContents() {
        #expect(Self.stripped("<SCRIPT>var a</SCRIPT><p>x</p>") == "<SCRIPT></SCRIPT><p>x</p>")
    }

    @Test func selfClosedScriptHasNothingToStrip() {
        #expect(Self.stripped("<p><script/>text</p>") == nil)
    }

    @Test func unterminatedScriptRunsToTheEnd() {
        #expect(Self.stripped("<p>a</p><script>var x = '<p>b</p>';") == "<p>a</p><script>")
    }

    @Test(arguments: [
        "<script>a\u{1}b</script>",           // libxml2 stops reading raw text at a control byte
        "<p>\u{0}</p><script>x</script>",     // a zero byte anywhere
        "<script>a</scriptx>b</script>",      // ends the text but not the element
        "<script></div>x</script>",           // read as an end tag first
        "<script><noscript>x</noscript></script>", // closes the script: read as a tag
        "<script><NoScript.a>x</script>",     // the same (the check reads the name up to `.`)
        "<style><body>x</style>",             // closes the style
        "<style><frameset>x</style>",
        "<!-- a --!> <script>x</script>",     // a comment closed the old way
        "<!-- never closed <script>x</script>",
        "<div @click=\"a>b\"><script>x</script>", // an attribute name libxml2 dumps up to `>`
        "<p title=\"open><script>x</script>",
        "<h1>Title<script>x</script></h1>",   // the h1 text metadata keeps holds it
    ])
    func givesUpOnWhatItIsNotSureOf(html: String) {
        #expect(Self.stripped(html) == nil)
    }

    @Test func segmentationIsTheSameWithAndWithoutStripping() {
        let html = "<head><title>T</title><link rel=\"canonical\" href=\"https://e.org/a\"><style>p{}</style></head>"
            + "<article data-id=\"7\"><p class=\"lead\">\(String(repeating: "Words  here. ", count: 20))</p><!-- ad -->"
            + "<script>var x = 1;</script><p>More <a href=\"/b\" title=\"B\">here</a></p></article>"
        let on = segment(html, with: .libxml2)
        let off = segment(html, with: .libxml2) { $0.segmentation.stripsRawTextBeforeLibXML2 = false }
        #expect(on.blocks == off.blocks)
        #expect(on.blocks.contains { $0.linkCharacters > 0 })
        #expect(on.metadata == off.metadata)
        #expect(on.metadata.canonicalURL != nil)
    }
}
#endif
