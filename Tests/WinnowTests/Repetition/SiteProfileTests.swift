import Foundation
import Testing
import Winnow

@Suite("Site profiles")
struct SiteProfileTests {
    static func page(_ lines: [String], url: String) -> SegmentedPage {
        Extractor().segment(Page(text: lines.joined(separator: "\n"), url: url))
    }

    @Test("A profile counts each text once per page")
    func countsPages() {
        var profile = SiteProfile(site: "example.com")
        profile.learn(from: Self.page(["Menu", "Menu", "Story one"], url: "https://example.com/1"))
        profile.learn(from: Self.page(["Menu", "Story two"], url: "https://example.com/2"))
        #expect(profile.pageCount == 2)
        #expect(profile.pages(containingText: "MENU") == 2)
        #expect(profile.pages(containingText: "Story one") == 1)
    }

    @Test("A profile survives a JSON round trip")
    func codableRoundTrip() throws {
        var profile = SiteProfile(site: "example.com")
        profile.learn(from: Self.page(["Đọc thêm", "Body"], url: "https://example.com/1"))
        let decoded = try JSONDecoder().decode(SiteProfile.self, from: JSONEncoder().encode(profile))
        #expect(decoded == profile)
        #expect(decoded.pages(containingText: "đọc thêm") == 1)
    }

    @Test("A corrupt saved profile is an error, not a crash")
    func corruptProfile() {
        let json = #"{"site":"x","pageCount":1,"texts":{"not-hex":1},"paths":{}}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(SiteProfile.self, from: Data(json.utf8)) }
    }

    @Test("Template text seen on every page is dropped with its page count")
    func templateDropped() {
        let pages = (1...3).map { n in
            Page(text: "Story \(n) headline here\nSubscribe to our daily newsletter today\n"
                 + "This is the first paragraph of story number \(n), long enough to read as real article prose for the reader, with commas, clauses and a full stop at its end.",
                 url: "https://example.com/\(n)")
        }
        let articles = Extractor().extract(sitePages: pages)
        for article in articles {
            let newsletter = article.blocks.first { $0.block.text.hasPrefix("Subscribe") }
            #expect(newsletter?.decision == .boilerplate)
            #expect(newsletter?.reason == .siteTemplate(pages: 3, of: 3, site: "example.com"))
        }
    }

    @Test("A profile of one page changes nothing")
    func singlePageProfileIsInert() {
        let page = Page(text: "Headline of a story\nA paragraph of text that is long enough to be read as an article paragraph by the classifier, surely, with commas and words.", url: "https://example.com/1")
        let extractor = Extractor()
        var profile = SiteProfile(site: "example.com")
        profile.learn(from: extractor.segment(page))
        #expect(extractor.extract(page, profile: profile).blocks == extractor.extract(page).blocks)
    }

    @Test("Merging two profiles adds their counts")
    func merging() {
        var a = SiteProfile(site: "example.com"), b = SiteProfile(site: "example.com")
        a.learn(from: Self.page(["Menu"], url: "https://example.com/1"))
        b.learn(from: Self.page(["Menu"], url: "https://example.com/2"))
        a.merge(b)
        #expect(a.pageCount == 2 && a.pages(containingText: "Menu") == 2)
    }

    /// Four prose paragraphs (fingerprints ignore digits, so they differ in words).
    static let prose = ["First", "Second", "Third", "Fourth"].map {
        "The \($0.lowercased()) paragraph of the article tells its story in full sentences, long enough to count as prose for the copy check."
    }

    @Test("A copy of a learned page, under the same URL, is not learned again")
    func copiesAreLearnedOnce() {
        let pages = (1...2).map { _ in Page(text: (["Budget approved"] + Self.prose).joined(separator: "\n"), url: "https://example.com/budget") }
        let extractor = Extractor()
        var profile = SiteProfile(site: "example.com")
        for page in pages { profile.learn(from: extractor.segment(page)) }
        #expect(profile.pageCount == 1)
        let articles = extractor.extract(sitePages: pages)
        #expect(articles.allSatisfy { $0.text.contains("The third paragraph of the article") })
    }

    @Test("Pages that share long template prose but not their URL or title are both learned")
    func sharedTemplateProseIsNotACopy() {
        var profile = SiteProfile(site: "example.com")
        profile.learn(from: Self.page(["Product one"] + Self.prose, url: "https://example.com/1"))
        profile.learn(from: Self.page(["Product two"] + Self.prose, url: "https://example.com/2"))
        #expect(profile.pageCount == 2)
        #expect(profile.pages(containingText: Self.prose[0]) == 2)
    }

    @Test("A later snapshot of a learned URL, grown by comments, is not learned again")
    func laterSnapshotIsACopy() {
        let comments = ["Great piece, thanks for writing it up so clearly.", "I disagree with the second paragraph entirely."]
        var profile = SiteProfile(site: "example.com")
        profile.learn(from: Self.page(["Budget approved"] + Self.prose, url: "https://example.com/budget"))
        profile.learn(from: Self.page(["Budget approved"] + Self.prose + comments, url: "https://example.com/budget"))
        #expect(profile.pageCount == 1)
        #expect(profile.pages(containingText: comments[0]) == 0)
    }
}
