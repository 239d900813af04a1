#if LibXML2
import Testing
@testable import Winnow

/// Pages strung together at random from markup pieces the scan reads, cuts or gives up on must
/// give libxml2's events but for what the stripper may change (see ``RawTextStripperTests``).
@Suite("RawTextStripper on random markup")
struct RawTextStripperRandomTests {
    /// SplitMix64: the same pages on every run, so a failure can be reproduced.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return mixed ^ (mixed >> 31)
        }
    }

    static let pieces = [
        "<p>", "</p>", "<div class=\"a\" data-x=\"1\">", "</div>", "<a href=\"/x\" title='t'>", "</a>", "<a href=/y>",
        "<a href=\"\"data-q=\"1\"class=\"c\">", "<script>", "</script>", "<script type=\"application/ld+json\">", "<style>",
        "</style>", "<script><div>", "<style><body>", "<!-- c -->", "<!---->", "<!--", "-->", "<title>", "</title>", "<h1>",
        "</h1>", "<pre>", "</pre>", "<textarea>", "</textarea>", "<xmp>", "</xmp>", "<listing>", "</listing>", "<plaintext>",
        "  ", " ", "\n\n", "\t ", "x", "word", "&amp;", "&", "<", ">", "\"", "'", "=", "<br/>", "<img src=\"i\" alt=x>",
        "<meta charset=\"utf-8\">", "<link rel=canonical href=\"h\">", "<noscript>", "</noscript>", "<html>", "<head>",
        "</head>", "<body>", "<frameset>", "<table>", "<tr>", "<td>", "<ul>", "</ul>", "<li>", "<span hidden>", "</span>",
        "<b data-y = 'q' >", "</b>", "<!DOCTYPE html>", "<?php x ?>", "<input disabled value=\"v\">",
        "<p\nclass=\"k\"\ndata-z=\"z\">", "<select>", "<option>", "</select>", "<svg><path d=\"M0\"/></svg>",
        String(repeating: " ", count: RawTextScan.libxml2TextChunk - 1), String(repeating: "\n", count: RawTextScan.libxml2TextChunk + 1),
    ]

    @Test func randomPagesGiveTheSameEventsButForWhatTheStripperMayChange() {
        var generator = SeededGenerator(state: 2_026)
        var compared = 0
        for _ in 0..<3_000 {
            let count = Int.random(in: 1...30, using: &generator)
            let html = (0..<count).map { _ in Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)] }.joined()
            guard let stripped = RawTextStripperTests.stripped(html) else { continue }
            compared += 1
            #expect(RawTextStripperTests.eventsWithoutRawText(stripped) == RawTextStripperTests.eventsWithoutRawText(html),
                    "\(html.debugDescription) → \(stripped.debugDescription)")
        }
        // Most pages are cut, not given up on.
        #expect(compared > 1_000)
    }
}
#endif
