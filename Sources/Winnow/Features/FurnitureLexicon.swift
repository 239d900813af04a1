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
        // The phrases are ASCII, and a folded text holding another scalar equals no ASCII string
        // (folding emits none of the scalars that decompose to ASCII): fold into a buffer the
        // size of the longest phrase, giving up at the first non-ASCII byte.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestPhrase + 1) { buffer in
            var count = 0
            let fits = TextFolding.forEachFoldedByte(text) { byte in
                guard byte < 0x80, count < longestPhrase else { return false }
                buffer[count] = byte
                count += 1
                return true
            }
            return fits && table.entry(lowering: UnsafeBufferPointer(rebasing: buffer[..<count])) != nil
        }
    }

    /// ``phrases`` by their bytes.
    private static let table = ASCIIWordTable(phrases)
    /// The bytes of the longest phrase.
    private static let longestPhrase = phrases.map(\.utf8.count).max() ?? 0
}
