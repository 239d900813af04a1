/// A language's stopwords: the short function words that fill real prose ("và", "của", "the", "of").
///
/// Placeholder list; the resource-backed lists replace it.
struct Stopwords: Sendable {
    let words: Set<String>

    static func forLanguage(_ code: String?) -> Stopwords {
        switch code {
        case "vi": return Stopwords(words: ["và", "của", "có", "là", "được", "cho", "các", "những", "trong", "với", "một", "này", "đã", "không", "để", "khi", "từ", "đến", "về", "theo", "tại", "ra", "cũng", "như", "vào", "sẽ", "mà", "nhưng", "trên", "sau", "đó", "rằng", "người", "nước"])
        default: return Stopwords(words: ["the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "as", "he", "she", "be", "by", "at", "this", "have", "from", "or", "an", "but", "not", "are", "they", "his", "her", "which", "we", "you", "has", "had", "were", "their"])
        }
    }

    func contains<S: StringProtocol>(_ word: S) -> Bool { words.contains(word.lowercased()) }
}
