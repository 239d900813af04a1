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
        "related content", "related links", "related topics", "read next", "up next", "more news",
        "top stories", "most viewed", "recommended for you", "you might also like", "more like this",
        "also read", "read also", "share this story", "share this post", "copy link", "link copied",
        "sponsored", "sponsored content", "skip to content", "skip to main content", "back to top",
        "previous article", "next article", "about the author", "join the conversation", "show more",
        "load more", "editor's picks", "editors picks", "don't miss", "dont miss",
        // Vietnamese
        "doc them", "tin lien quan", "bai viet cung chu de", "xem them", "tin moi", "tin khac",
        "binh luan", "chia se", "quang cao", "theo doi", "tin cung chuyen muc", "phien ban di dong",
        "doc nhieu", "tin noi bat", "tin hot", "bai lien quan",
        // German
        "mehr zum thema", "weitere artikel", "das konnte sie auch interessieren", "kommentare", "anzeige",
        "lesen sie auch", "auch interessant", "meistgelesen", "meistgelesene artikel", "mehr dazu",
        "weitere nachrichten", "zum thema", "artikel teilen", "teilen", "werbung", "verwandte themen",
        // French
        "lire aussi", "a lire aussi", "sur le meme sujet", "publicite", "commentaires",
        "sur le meme theme", "a decouvrir", "la redaction vous conseille", "voir aussi", "a voir aussi",
        "les plus lus", "articles similaires", "partager", "lire la suite", "afficher plus",
        // Spanish
        "leer mas", "noticias relacionadas", "te puede interesar", "publicidad", "comentarios",
        "mas noticias", "lo mas leido", "te recomendamos", "tambien te puede interesar", "compartir",
        // Portuguese
        "leia mais", "leia tambem", "noticias relacionadas", "publicidade", "veja tambem", "mais lidas",
        "saiba mais", "compartilhe",
        // Italian
        "leggi anche", "articoli correlati", "pubblicita", "commenti", "potrebbe interessarti",
        "ti potrebbe interessare", "i piu letti", "condividi",
        // Dutch, Scandinavian, Polish
        "lees ook", "lees meer", "reacties", "advertentie", "meest gelezen", "meer nieuws", "delen",
        "les ogsa", "mest lest", "las ocksa", "mest last", "laes ogsa", "czytaj takze", "zobacz takze",
    ]

    /// The phrases that head prose which is not the article: comments ("Comments",
    /// "3 Kommentare": digits fold away) and the author's biography.
    static let proseSectionPhrases: Set<String> = [
        "comments", "leave a comment", "join the conversation", "binh luan", "kommentare",
        "commentaires", "comentarios", "commenti", "reacties", "about the author",
    ]

    /// The phrases that label a box of links to other articles.
    static let teaserBoxPhrases: Set<String> = [
        "related", "related articles", "related posts", "related stories", "more stories", "read more",
        "you may also like", "you might also like", "more like this", "read next", "recommended",
        "recommended for you", "see also", "also read", "read also", "more from", "more news",
        "doc them", "tin lien quan", "bai viet cung chu de", "xem them", "tin cung chuyen muc", "bai lien quan",
        "mehr zum thema", "weitere artikel", "lesen sie auch", "das konnte sie auch interessieren",
        "lire aussi", "a lire aussi", "sur le meme sujet", "sur le meme theme", "la redaction vous conseille",
        "voir aussi", "a voir aussi", "noticias relacionadas", "te puede interesar", "leia tambem",
        "leggi anche", "articoli correlati", "lees ook", "les ogsa", "las ocksa", "czytaj takze",
    ]

    /// Whether the text, folded, labels a box of links to other articles.
    static func labelsTeaserBox(_ text: String) -> Bool {
        teaserBoxPhrases.contains(TextFolding.fold(text))
    }

    /// Whether the text, folded, heads prose that is not the article (asked only of short
    /// furniture phrases).
    static func headsProseSection(_ text: String) -> Bool {
        proseSectionPhrases.contains(TextFolding.fold(text))
    }

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
