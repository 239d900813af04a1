/// A small lexicon of common furniture phrases in several languages: one weak feature among many.
///
/// A block matches when its folded text (see ``TextFolding``) is one of the phrases, so
/// "ĐỌC THÊM", "Đọc thêm:" and "doc them" all match.
enum FurnitureLexicon {
    static let phrases: Set<String> = [
        // English
        "read more", "related", "related articles", "related posts", "related stories", "more stories",
        "share", "share this", "share this article", "comments", "leave a comment", "advertisement",
        "subscribe", "newsletter", "follow us", "tags", "you may also like", "most read", "most popular",
        "recommended", "see also", "trending", "latest news", "more from", "sign up", "log in",
        // Vietnamese
        "doc them", "tin lien quan", "bai viet cung chu de", "xem them", "tin moi", "tin khac",
        "binh luan", "chia se", "quang cao", "theo doi", "tin cung chuyen muc", "phien ban di dong",
        "doc nhieu", "tin noi bat", "tin hot", "bai lien quan",
        // German, French, Spanish, Portuguese, Italian, Dutch
        "mehr zum thema", "weitere artikel", "das konnte sie auch interessieren", "kommentare", "anzeige",
        "lire aussi", "a lire aussi", "sur le meme sujet", "publicite", "commentaires",
        "leer mas", "noticias relacionadas", "te puede interesar", "publicidad", "comentarios",
        "leia mais", "leia tambem", "noticias relacionadas", "publicidade",
        "leggi anche", "articoli correlati", "pubblicita", "commenti",
        "lees ook", "lees meer", "reacties", "advertentie",
    ]

    /// Whether the text, folded, is a furniture phrase; texts over `maximumCharacters` never are.
    static func contains(_ text: String, maximumCharacters: Int) -> Bool {
        // `count <= maximumCharacters` without counting a long text's characters.
        guard text.utf8.count <= maximumCharacters || text.dropFirst(maximumCharacters).isEmpty else { return false }
        return phrases.contains(TextFolding.fold(text))
    }
}
