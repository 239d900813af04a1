@testable import Winnow

/// The parsers this build can run: the tag-soup parser always, libxml2 with the `LibXML2` trait.
enum TestParsers {
    #if LibXML2
    static let all: [Configuration.Parser] = [.tagSoup, .libxml2]
    #else
    static let all: [Configuration.Parser] = [.tagSoup]
    #endif
}

/// Segments `html` with one parser and the default configuration (changed by `adjust`).
func segment(
    _ html: String, with parser: Configuration.Parser, adjust: (inout Configuration) -> Void = { _ in }
) -> (blocks: [TextBlock], metadata: PageMetadata, notes: [String]) {
    var configuration = Configuration()
    configuration.parser = parser
    adjust(&configuration)
    return HTMLSegmenter(configuration: configuration).segment(html)
}

/// The block texts of `html`.
func texts(_ html: String, with parser: Configuration.Parser) -> [String] {
    segment(html, with: parser).blocks.map(\.text)
}
