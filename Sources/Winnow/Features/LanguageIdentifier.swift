/// Names the language of a page's text, an ISO 639-1 code.
///
/// Placeholder: Vietnamese by its letters, else the declared language, else English.
struct LanguageIdentifier: Sendable {
    func identify(_ blocks: [TextBlock], declared: String?) -> String? {
        let sample = blocks.prefix(200).map(\.text).joined(separator: " ")
        if sample.unicodeScalars.contains(where: { "ạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ".unicodeScalars.contains($0) }) {
            return "vi"
        }
        return declared.map { String($0.prefix(2)).lowercased() } ?? "en"
    }
}
