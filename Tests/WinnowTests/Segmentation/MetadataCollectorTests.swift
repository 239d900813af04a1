import Testing
@testable import Winnow

@Suite("Page metadata, with each parser")
struct MetadataCollectorTests {
    static let page = """
        <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Story | Site</title>
        <meta name="description" content="Plain description"><meta property="og:description" content="OG description">
        <meta property="og:title" content="OG headline"><meta property="og:site_name" content="The Site">
        <meta name="author" content="Jane Roe"><meta property="article:published_time" content="2024-01-02T03:04:05Z">
        <link rel="canonical" href="https://example.com/story"></head>
        <body><svg><title>icon</title></svg><h1>  The   story </h1><h1>Second</h1><time datetime="2023-12-31">yesterday</time></body></html>
        """

    @Test(arguments: TestParsers.all)
    func metaLinkTitleAndHeadingAreRead(parser: Configuration.Parser) {
        let metadata = segment(Self.page, with: parser).metadata
        #expect(metadata.documentTitle == "Story | Site")
        #expect(metadata.headline == "OG headline")
        #expect(metadata.firstHeading == "The story")
        #expect(metadata.canonicalURL == "https://example.com/story")
        #expect(metadata.siteName == "The Site")
        #expect(metadata.description == "OG description")
        #expect(metadata.author == "Jane Roe")
        #expect(metadata.published == "2024-01-02T03:04:05Z")
        #expect(metadata.declaredLanguage == "vi")
        #expect(metadata.declaredCharset == "utf-8")
    }

    @Test(arguments: TestParsers.all)
    func jsonLDGraphWinsOverOpenGraph(parser: Configuration.Parser) {
        let html = """
            <html><head><meta property="og:title" content="OG headline">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"#site","name":"Site"},
              {"@type":"Person","@id":"#jane","name":"Jane Roe"},
              {"@type":["NewsArticle"],"headline":"LD headline","datePublished":"2024-05-06",
               "author":[{"@id":"#jane"},{"@type":"Person","name":"John Doe"}],"publisher":{"name":"LD Publisher"}}]}
            </script></head><body><p>x</p></body></html>
            """
        let metadata = segment(html, with: parser).metadata
        #expect(metadata.headline == "LD headline")
        #expect(metadata.published == "2024-05-06")
        #expect(metadata.author == "Jane Roe, John Doe")
        #expect(metadata.siteName == "LD Publisher")
    }

    @Test(arguments: TestParsers.all)
    func invalidJSONLDIsIgnoredAndRawLineBreaksRepaired(parser: Configuration.Parser) {
        let html = """
            <script type="application/ld+json">{"headline": broken</script>
            <script type="application/ld+json">[{"@type":"Article","headline":"Two
            lines"}]</script><p>x</p>
            """
        #expect(segment(html, with: parser).metadata.headline == "Two lines")
    }

    @Test(arguments: TestParsers.all)
    func timeAndHTTPEquivAreFallbacks(parser: Configuration.Parser) {
        let html = """
            <head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
            <meta http-equiv="content-language" content="fr"></head><body><time datetime="2020-02-02">x</time></body>
            """
        let metadata = segment(html, with: parser).metadata
        #expect(metadata.published == "2020-02-02")
        #expect(metadata.declaredCharset == "windows-1258")
        #expect(metadata.declaredLanguage == "fr")
    }

    @Test("The longest articleBody in the JSON-LD is the declared body, character references decoded", arguments: TestParsers.all)
    func declaredArticleBodyIsRead(parser: Configuration.Parser) {
        let html = """
            <html><head><script type="application/ld+json">[
              {"@type":"WebPage","name":"Story"},
              {"@type":"NewsArticle","headline":"Story","articleBody":"Tom &amp; Jerry met again.\\nThe end."},
              {"@type":"Article","articleBody":"Short."}]
            </script></head><body><p>x</p></body></html>
            """
        #expect(segment(html, with: parser).metadata.articleBody == "Tom & Jerry met again.\nThe end.")
        #expect(segment("<html><body><p>x</p></body></html>", with: parser).metadata.articleBody == nil)
    }

    @Test("Without one in the JSON-LD, the text of the itemprop=articleBody element is the declared body", arguments: TestParsers.all)
    func microdataArticleBodyIsRead(parser: Configuration.Parser) {
        let body = """
            <div itemprop="articleBody"><p>First <b>para</b>graph.</p><div><p>Second</p></div><style>p{}</style>\
            <script>var x = 1;</script><p>Third</p></div><p>After the body</p>
            """
        let microdata = segment("<html><body>\(body)</body></html>", with: parser).metadata
        #expect(microdata.articleBody.map(WhitespaceWords.folded) == "First paragraph. Second Third")
        let both = """
            <html><head><script type="application/ld+json">{"@type":"Article","articleBody":"Declared"}</script></head>
            <body>\(body)</body></html>
            """
        #expect(segment(both, with: parser).metadata.articleBody == "Declared")
        let meta = #"<html><head><meta itemprop="articleBody" content="In a meta."></head><body><img itemprop="articleBody"><p>x</p></body></html>"#
        #expect(segment(meta, with: parser).metadata.articleBody == "In a meta.")
        let void = #"<html><body><img itemprop="articleBody"><div itemprop="articleBody"><p>Real</p></div></body></html>"#
        #expect(segment(void, with: parser).metadata.articleBody.map(WhitespaceWords.folded) == "Real")
    }

    @Test("Markup left in a JSON-LD articleBody, raw or written as character references, is cut; a < in prose stays")
    func markupInDeclaredBodyIsCut() {
        #expect(JSONLDReader.strippingTags("<p>One <a href=\"/x\">two</a></p>") == " One  two  ")
        #expect(JSONLDReader.strippingTags("if a < b and b<c then a <3") == "if a < b and b<c then a <3")
        #expect(JSONLDReader.strippingTags("no close <b and more") == "no close <b and more")
        let html = """
            <html><head><script type="application/ld+json">
            {"@type":"NewsArticle","articleBody":"&lt;p&gt;First&lt;/p&gt;<p>Second <em>part</em></p>"}
            </script></head><body><p>x</p></body></html>
            """
        let body = segment(html, with: .automatic).metadata.articleBody
        #expect(body.map(WhitespaceWords.folded) == "First Second part")
    }
}
