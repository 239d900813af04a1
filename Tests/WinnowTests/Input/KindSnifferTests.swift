import Testing
@testable import Winnow

@Test(arguments: ["<!DOCTYPE html><title>x</title>", "  \n<html lang=vi>", "<HEAD><title>", "<body>hi",
                  "<?xml version=\"1.0\"?><html>", "<!-- generated --> text", "\u{FEFF}<html>"])
func pagesOpeningLikeHTMLAreHTML(opening: String) {
    #expect(KindSniffer(limits: .init()).kind(of: opening) == .html)
}

@Test func tagDensityMakesHTML() {
    let text = "Some intro <div class=a><p>Hello</p><a href=x>link</a></div>"
    #expect(KindSniffer(limits: .init()).kind(of: text) == .html)
}

@Test func plainTextWithOneTagMentionStaysText() {
    let text = "Title\n\nUse the <p> element for paragraphs. 3 < 4 and a<b.\nSecond line."
    #expect(KindSniffer(limits: .init()).kind(of: text) == .text)
}

@Test func explicitKindIsKept() {
    let page = PageDecoder(limits: .init()).decode(Page(bytes: Array("<p>a</p>".utf8), kind: .text))
    #expect(page.kind == .text)
}
