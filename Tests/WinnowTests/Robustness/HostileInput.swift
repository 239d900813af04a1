import Winnow

/// Helpers for the robustness tests: hostile pages and checks that an extraction's text is sane.
enum HostileInput {
    /// Every parser, so each hostile page is tried with libxml2 (when built in) and tag soup.
    static let parsers: [Configuration.Parser] = [.libxml2, .tagSoup]

    /// The article of `bytes` extracted with `parser`.
    static func extract(_ bytes: [UInt8], kind: Page.Kind = .automatic, parser: Configuration.Parser = .automatic,
                        limits: Configuration.Limits = .init()) -> Article {
        var configuration = Configuration()
        configuration.parser = parser
        configuration.limits = limits
        return Extractor(configuration: configuration).extract(Page(bytes: bytes, url: "https://example.com/a", kind: kind))
    }

    /// Whether `text` holds no C0 control but tab and newline (no NUL leaks into output).
    static func isFreeOfControls(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }
    }

    /// `count` pseudo-random bytes from a fixed seed (SplitMix64), the same on every run.
    static func randomBytes(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            mixed ^= mixed >> 31
            withUnsafeBytes(of: mixed) { bytes.append(contentsOf: $0.prefix(count - bytes.count)) }
        }
        return bytes
    }

    /// A small article page wrapping `body`, with enough prose to be kept.
    static func page(body: String, head: String = "") -> String {
        "<!doctype html><html><head>\(head)<title>Robust</title></head><body>\(body)</body></html>"
    }

    /// A paragraph of prose long enough to be content on its own.
    static let prose = "The council approved the new budget on Tuesday after a long debate about schools, "
        + "roads and the future of the old market hall, which many residents want to keep open."
}
