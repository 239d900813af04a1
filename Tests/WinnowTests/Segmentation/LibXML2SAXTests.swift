#if LibXML2
import Testing
@testable import Winnow

/// The SAX path must give exactly the events of walking the tree libxml2 would build.
@Suite("libxml2 SAX events match the tree walk")
struct LibXML2SAXTests {
    static let pages: [String] = [
        "<p>Hello <b>world</b></p><div>more</div>",
        "<!DOCTYPE html><html><body><p>a</p></body></html>  <p>after the end</p>",
        "<html><body><p>no doctype</p></body></html><p>after</p><div>more</div>",
        "<!-- lead --><html><body><p>x</p></body></html><p>after a comment</p>",
        "<html><body>x</body></html><!DOCTYPE html><p>doctype late</p>",
        "<p>one<!-- c -->two<?pi x?>three</p>",
        "<p>a</span>b<span>c</span>d &amp; e &#233;</p>",
        "<o:p>office</o:p><fb:like href=x>f</fb:like><:odd>c</:odd><a:>d</a:><x:y:z>e</x:y:z>",
        "<video><source src=a><track src=b>caption</video><p>x<wbr>y</p>",
        "<script>var s = '<p>not</p>';</script><style>p{}</style><p>t</p>",
        "<table><tr><td>a<td>b</table>text<ul><li>x<li>y</ul>",
        "   \n  <p>lead white space</p>\n",
        "plain text without tags",
        "<div hidden class='a b' id=i ROLE=main data-x=1 aria-hidden=true>h</div>",
        "<title>T</title><meta name=description content=d><p>\(String(repeating: "long text ", count: 300))</p>",
        "<p>Việt Nam \u{1F600} e\u{301}</p>",
        "<svg><title>icon</title><path d=x /></svg><math><mi>x</mi></math>",
        "<![CDATA[cdata]]><p>x</p><xmp>raw <b></xmp>",
    ]

    @Test(arguments: pages)
    func saxEventsEqualTreeWalkEvents(html: String) {
        let parser = LibXML2Parser()
        #expect(parser.events(html) == parser.treeEvents(html))
    }
}
#endif
