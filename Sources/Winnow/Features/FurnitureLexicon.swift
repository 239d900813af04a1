/// A small lexicon of common furniture phrases in several languages: one weak feature among many.
///
/// A block matches when its folded text (see ``TextFolding``) is one of the phrases, so
/// "ĐỌC THÊM", "Đọc thêm:" and "doc them" all match.
enum FurnitureLexicon {
    /// Every furniture phrase: the two kinds below that head sections of their own, and the rest.
    static let phrases: Set<String> = otherPhrases.union(teaserBoxPhrases).union(proseSectionPhrases)

    /// Furniture phrases that head no section of their own: sharing, ads, navigation, sign-ups.
    private static let otherPhrases: Set<String> = [
        // English
        "share", "share this", "share this article", "advertisement", "subscribe", "newsletter",
        "follow us", "tags", "most read", "most popular", "trending", "latest news", "sign up",
        "log in", "related content", "related links", "related topics", "up next", "top stories",
        "most viewed", "share this story", "share this post", "copy link", "link copied", "sponsored",
        "sponsored content", "skip to content", "skip to main content", "back to top",
        "previous article", "next article", "show more", "load more", "editor's picks",
        "editors picks", "don't miss", "dont miss",
        // Vietnamese
        "tin moi", "tin khac", "chia se", "quang cao", "theo doi", "phien ban di dong", "doc nhieu",
        "tin noi bat", "tin hot",
        // German
        "anzeige", "auch interessant", "meistgelesen", "meistgelesene artikel", "mehr dazu",
        "weitere nachrichten", "zum thema", "artikel teilen", "teilen", "werbung", "verwandte themen",
        // French
        "publicite", "a decouvrir", "les plus lus", "articles similaires", "partager", "lire la suite",
        "afficher plus",
        // Spanish
        "leer mas", "publicidad", "mas noticias", "lo mas leido", "te recomendamos",
        "tambien te puede interesar", "compartir",
        // Portuguese
        "leia mais", "publicidade", "veja tambem", "mais lidas", "saiba mais", "compartilhe",
        // Italian
        "pubblicita", "potrebbe interessarti", "ti potrebbe interessare", "i piu letti", "condividi",
        // Dutch, Scandinavian, Polish
        "lees meer", "advertentie", "meest gelezen", "meer nieuws", "delen", "mest lest", "mest last",
        "laes ogsa", "zobacz takze",
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
    static func labelsTeaserBox(_ text: String) -> Bool { teaserBoxTable.matches(text) }

    /// Bytes from a block's start within which a teaser label's `:` or `|` is looked for.
    private static let teaserLabelBytes = 48

    /// Whether the text is a teaser label, a `:` or `|`, and at most `maximumWords` words: an
    /// inline link to another story ("Read more: Fed holds rates", "ĐỌC THÊM | Giá vàng tăng").
    static func labelsTeaser(_ text: String, maximumWords: Int) -> Bool {
        // Most blocks have no `:` or `|` near their start, which a scan of their bytes settles.
        var bytes = text
        let separator = bytes.withUTF8 { $0.prefix(teaserLabelBytes).firstIndex { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "|") } }
        guard let offset = separator, offset > 0 else { return false }
        let cut = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        guard teaserBoxTable.matches(String(text[..<cut])) else { return false }
        var words = 0, inWord = false
        for character in text[text.utf8.index(after: cut)...] {
            if character.isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > maximumWords { return false }
            }
        }
        return words > 0
    }

    /// Comment headings that are matched only to open a section (see
    /// ``headsProseSection(_:)``), not counted as furniture phrases: the block models were
    /// trained without them. WordPress's "Leave a Reply", Substack's "Discussion about this
    /// post", Vietnamese news sites' "Ý kiến bạn đọc".
    static let commentHeadingPhrases: Set<String> = [
        "leave a reply", "discussion about this post", "responses", "reader comments", "add a comment",
        "post a comment", "y kien ban doc",
    ]

    /// Whether the text, folded, heads prose that is not the article.
    static func headsProseSection(_ text: String) -> Bool { proseSectionTable.matches(text) }

    /// Whether the text, folded, is a furniture phrase; texts over `maximumCharacters` never are.
    static func contains(_ text: String, maximumCharacters: Int) -> Bool {
        // `count <= maximumCharacters` without counting a long text's characters.
        guard text.utf8.count <= maximumCharacters || text.dropFirst(maximumCharacters).isEmpty else { return false }
        return table.matches(text)
    }

    private static let table = PhraseTable(phrases)
    private static let teaserBoxTable = PhraseTable(teaserBoxPhrases)
    private static let proseSectionTable = PhraseTable(proseSectionPhrases.union(commentHeadingPhrases))

    /// ASCII phrases by their bytes, matched against a text's folded form without making it.
    private struct PhraseTable {
        let words: ASCIIWordTable
        /// The bytes of the longest phrase.
        let longest: Int

        init(_ phrases: Set<String>) {
            words = ASCIIWordTable(phrases)
            longest = phrases.map(\.utf8.count).max() ?? 0
        }

        /// Whether the text, folded, is one of the phrases. The phrases are ASCII, and a folded
        /// text holding another scalar equals no ASCII string (folding emits none of the scalars
        /// that decompose to ASCII): fold into a buffer the size of the longest phrase, giving up
        /// at the first non-ASCII byte.
        func matches(_ text: String) -> Bool {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longest + 1) { buffer in
                var count = 0
                let fits = TextFolding.forEachFoldedByte(text) { byte in
                    guard byte < 0x80, count < longest else { return false }
                    buffer[count] = byte
                    count += 1
                    return true
                }
                return fits && words.entry(lowering: UnsafeBufferPointer(rebasing: buffer[..<count])) != nil
            }
        }
    }
}
