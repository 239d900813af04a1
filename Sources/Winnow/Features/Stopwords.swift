import Foundation

/// A language's stopwords: the short function words that fill real prose ("và", "của", "the", "of").
///
/// Lists are read once per language from `Resources/stopwords/<code>.txt` (see its README) and
/// cached; an unknown language or a missing file gives an empty list.
///
/// ```swift
/// let english = Stopwords.forLanguage("en")
/// english.contains("The") // true
/// Stopwords.forLanguage("xx").words.isEmpty // true
/// ```
struct Stopwords: Sendable {
    /// The words, lower-case and NFC.
    let words: Set<String>
    /// The words that are ASCII (or canonically equivalent to ASCII), for lookups from bytes.
    let ascii: ASCIIWordTable

    /// Whether every word is ASCII: then a word with other scalars is a stopword only when they
    /// decompose to ASCII.
    let isASCII: Bool

    init(words: Set<String>) {
        self.words = words
        ascii = ASCIIWordTable(Self.asciiForms(of: words))
        isASCII = words.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
    }

    /// The ASCII strings equal (as Swift compares strings) to a word of `words`.
    private static func asciiForms(of words: Set<String>) -> Set<String> {
        var forms = Set<String>()
        for word in words {
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                forms.insert(word)
            } else if word.unicodeScalars.allSatisfy({ $0.isASCII || Self.decomposesToASCII($0) }) {
                let composed = word.precomposedStringWithCanonicalMapping
                if composed.utf8.allSatisfy({ $0 < 0x80 }) && composed == word { forms.insert(composed) }
            }
        }
        return forms
    }

    /// The ISO 639-1 codes that have a list.
    static let languages = ["cs", "da", "de", "en", "es", "fi", "fr", "hu", "id", "it", "nl", "no", "pl",
                            "pt", "ro", "ru", "sv", "tr", "vi"]

    /// The list for an ISO 639-1 code (`"vi"`, `"en-US"` reads as `"en"`); empty when there is none.
    static func forLanguage(_ code: String?) -> Stopwords {
        guard let code, let key = LanguageCode.normalised(code) else { return Stopwords(words: []) }
        return cache[key] ?? Stopwords(words: [])
    }

    /// Whether `word`, lower-cased, is a stopword.
    func contains<S: StringProtocol>(_ word: S) -> Bool { !words.isEmpty && words.contains(word.lowercased()) }

    /// ``contains(_:)`` for a word of ASCII bytes.
    @inline(__always)
    func contains(ascii word: UnsafeBufferPointer<UInt8>) -> Bool { ascii.entry(lowering: word) != nil }

    /// Every list, read once on first use (immutable afterwards).
    static let cache: [String: Stopwords] = {
        var lists: [String: Stopwords] = [:]
        // Looked up once for all lists: each lookup walks the bundle.
        let folder = Bundle.module.url(forResource: "stopwords", withExtension: nil, subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "stopwords", withExtension: nil)
        for language in languages { lists[language] = Stopwords(words: load(language, folder: folder)) }
        return lists
    }()

    /// The non-ASCII scalars whose canonical decomposition is ASCII (`;`, `` ` ``, `K`): only a
    /// string holding no other non-ASCII scalar can equal an ASCII string.
    static func decomposesToASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{037E}" || scalar == "\u{1FEF}" || scalar == "\u{212A}"
    }

    /// The list's words, read from the stopwords `folder` (none without it).
    private static func load(_ language: String, folder: URL?) -> Set<String> {
        guard let folder, let data = try? Data(contentsOf: folder.appendingPathComponent("\(language).txt")) else { return [] }
        return Set(lines(of: String(decoding: data, as: UTF8.self)).filter { !$0.isEmpty })
    }

    /// The file's lines, trimmed of white space (`.whitespaces`). A line feed is always a
    /// character of its own, so a file whose only line breaks are line feeds is cut at their
    /// bytes; a line that starts and ends with a visible ASCII character needs no trimming.
    static func lines(of text: String) -> [String] {
        let bytes = Array(text.utf8)
        // Other line breaks: CR, VT, FF, NEL (C2 85), LS and PS (E2 80 A8/A9).
        let onlyLineFeeds = !bytes.indices.contains { index in
            let byte = bytes[index]
            if byte == 0x0D || byte == 0x0B || byte == 0x0C { return true }
            if byte == 0xC2 { return index + 1 < bytes.count && bytes[index + 1] == 0x85 }
            if byte == 0xE2 {
                return index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
            }
            return false
        }
        guard onlyLineFeeds else {
            return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return bytes.split(separator: 0x0A).map { line in
            let visible = { (byte: UInt8) in byte > 0x20 && byte < 0x7F }
            if let first = line.first, let last = line.last, visible(first), visible(last) {
                return String(decoding: line, as: UTF8.self)
            }
            let string = String(decoding: line, as: UTF8.self)
            // Trimming keeps a line whose first and last scalars are not white space as it is.
            if let first = string.unicodeScalars.first, let last = string.unicodeScalars.last,
               !CharacterSet.whitespaces.contains(first), !CharacterSet.whitespaces.contains(last) {
                return string
            }
            return string.trimmingCharacters(in: .whitespaces)
        }
    }
}

/// Normalises language tags to ISO 639-1 codes.
///
/// ```swift
/// LanguageCode.normalised("vi-VN") // "vi"
/// LanguageCode.normalised("nb")    // "no"
/// ```
enum LanguageCode {
    /// The lower-cased two-letter primary subtag (`nb`/`nn` read as `no`), or `nil` when there is none.
    static func normalised(_ tag: String) -> String? {
        let primary = tag.trimmingCharacters(in: .whitespaces).lowercased()
            .split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        guard primary.count == 2, primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return primary == "nb" || primary == "nn" ? "no" : primary
    }
}
