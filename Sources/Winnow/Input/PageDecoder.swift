/// Input stage: turns a ``Page`` into NFC text and settles whether it is HTML or plain text.
///
/// Placeholder: UTF-8 only. (Replaced by the charset-detecting decoder.)
struct PageDecoder: Sendable {
    var limits: Configuration.Limits

    func decode(_ page: Page) -> DecodedPage {
        let text: String
        switch page.content {
        case .string(let string): text = string
        case .bytes(let bytes): text = String(decoding: bytes, as: UTF8.self)
        }
        let kind: Page.Kind = page.kind == .automatic ? (text.contains("<") ? .html : .text) : page.kind
        return DecodedPage(text: text, kind: kind, charset: "UTF-8", notes: [])
    }
}
