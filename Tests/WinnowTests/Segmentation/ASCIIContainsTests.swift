import Foundation
import Testing
@testable import Winnow

@Test("ASCII.contains answers as Foundation's contains", arguments: [
    ("color:red;display:none", "display:none"), ("display:non", "display:none"), ("", "x"), ("abc", ""),
    ("application/ld+json", "ld+json"), ("ld+jso", "ld+json"), ("caf\u{E9} display:none", "display:none"),
    ("display:none\u{301}", "display:none"), ("xx", "xx"),
])
func asciiContainsAgreesWithFoundation(_ pair: (String, String)) {
    #expect(ASCII.contains(pair.0, pair.1) == pair.0.contains(pair.1))
}
