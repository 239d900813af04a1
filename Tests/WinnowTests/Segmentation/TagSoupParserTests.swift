import Testing
@testable import Winnow

@Suite("Tag-soup parser")
struct TagSoupParserTests {
    /// The events as compact strings: `<p>`, `"text"`, `</p>`.
    private func trace(_ html: String) -> [String] {
        TagSoupParser().events(html).map {
            switch $0 {
            case .start(let element): "<\(element.name)>"
            case .text(let text): "\"\(text)\""
            case .end(let name): "</\(name)>"
            }
        }
    }

    @Test func documentGetsImplicitHTMLHeadAndBody() {
        #expect(trace("<title>T</title>Hi") == ["<html>", "<title>", "\"T\"", "</title>", "<body>", "\"Hi\"", "</body>", "</html>"])
    }

    @Test func headTemplatesAndNoscriptsDoNotOpenTheBody() {
        #expect(trace("<head><noscript><img></noscript><template><div>t</div></template></head><body class=b>x").joined()
            == "<html><head><noscript><img></img></noscript><template><div>\"t\"</div></template></head><body>\"x\"</body></html>")
    }

    @Test func lateHTMLAndBodyTagsAreAbsorbedLikeLibXML2Does() {
        let events = TagSoupParser().events("text<html lang=de><body class=late>")
        #expect(events.first == .start(MarkupElement(name: "html")))
        #expect(events.dropFirst().first == .start(MarkupElement(name: "body")))
    }

    @Test func paragraphsListItemsAndCellsCloseImplicitly() {
        #expect(trace("<p>a<p>b<ul><li>c<li>d</ul><table><tr><td>e<td>f<tr><td>g</table>").joined()
            == "<html><body><p>\"a\"</p><p>\"b\"</p><ul><li>\"c\"</li><li>\"d\"</li></ul>"
            + "<table><tr><td>\"e\"</td><td>\"f\"</td></tr><tr><td>\"g\"</td></tr></table></body></html>")
    }

    @Test func nestedListItemsCloseOnlyTheirOwnList() {
        #expect(trace("<ul><li>a<ul><li>b<li>c</ul><li>d</ul>").joined()
            == "<html><body><ul><li>\"a\"<ul><li>\"b\"</li><li>\"c\"</li></ul></li><li>\"d\"</li></ul></body></html>")
    }

    @Test func definitionTermsCloseOnlyInTheirOwnList() {
        #expect(trace("<dl><dt>a<dd><dl><dt>b<dd>c</dl><dt>d</dl>").joined()
            == "<html><body><dl><dt>\"a\"</dt><dd><dl><dt>\"b\"</dt><dd>\"c\"</dd></dl></dd><dt>\"d\"</dt></dl></body></html>")
    }

    @Test func aLinkClosesAnOpenLinkUnlessABlockOpenedInside() {
        #expect(trace("<a>1<a>2").joined() == "<html><body><a>\"1\"</a><a>\"2\"</a></body></html>")
        #expect(trace("<a>1<div><a>2</a></div></a>").joined()
            == "<html><body><a>\"1\"<div><a>\"2\"</a></div></a></body></html>")
    }

    @Test func namespacePrefixesAreDropped() {
        #expect(trace("<a0:ul><a0:li>x</a0:li></a0:ul>").joined() == "<html><body><ul><li>\"x\"</li></ul></body></html>")
    }

    @Test func rawTextElementsKeepMarkupAsText() {
        #expect(trace("<script>if (a<b) x = '</p>';</script>").contains("\"if (a<b) x = '</p>';\""))
        #expect(trace("<title>A &amp; <b>B</b></title>").contains("\"A & <b>B</b>\""))
    }

    @Test func commentsDoctypesAndProcessingInstructionsVanishCDATAStays() {
        #expect(trace("<!DOCTYPE html><?xml x?><p>a<!-- <p>no</p> -->b<![CDATA[c<d]]></p>").joined()
            == "<html><body><p>\"a\"\"b\"\"c<d\"</p></body></html>")
    }

    @Test(arguments: ["<p>text<!-- open", "<p>text<div class=\"open", "<p>text<a href=x"])
    func unterminatedConstructsAreConsumedToTheEnd(html: String) {
        #expect(trace(html).joined() == "<html><body><p>\"text\"</p></body></html>")
    }

    @Test func unterminatedRawTextRunsToTheEnd() {
        #expect(trace("<p>text<script>var a").joined() == "<html><body><p>\"text\"<script>\"var a\"</script></p></body></html>")
    }

    @Test func unmatchedEndTagsAreIgnoredAndVoidElementsClose() {
        #expect(trace("<div>a</span><br>b<img src=x></div>").joined()
            == "<html><body><div>\"a\"<br></br>\"b\"<img></img></div></body></html>")
    }

    @Test func keptAttributesAreDecodedAndOthersDropped() {
        guard case .start(let element)? = TagSoupParser().events("<a HREF='/a?b=1&amp;c=2&copy=3' onclick=x class=k>").dropFirst(2).first
        else { Issue.record("no element"); return }
        #expect(element.attributes == ["href": "/a?b=1&c=2&copy=3", "class": "k"])
    }

    @Test func numericReferencesMapWindows1252AndRejectInvalid() {
        #expect(texts("<p>&#150;&#0;&#x110000;&#65</p>", with: .tagSoup) == ["–\u{FFFD}\u{FFFD}A"])
    }
}
