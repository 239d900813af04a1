/// A page's content decoded to NFC text, with its kind settled.
struct DecodedPage: Sendable {
    /// The decoded, NFC-normalised content.
    var content: UTF8Text
    /// `.html` or `.text`, never `.automatic`.
    var kind: Page.Kind
    /// The charset the bytes were decoded from.
    var charset: String
    /// Notes on limits or fallbacks applied while decoding.
    var notes: [String]

    /// The content as a `String`.
    var text: String { content.string }
}
