/// The writing systems that name a language (or a small family) by themselves.
///
/// ```swift
/// WritingScript(Unicode.Scalar(0x0E01)!) // .thai
/// WritingScript("a")                      // .other
/// ```
enum WritingScript: Int, Sendable, CaseIterable {
    case han, kana, hangul, thai, arabic, cyrillic, greek, hebrew, devanagari
    /// Latin and every other script, decided by stopwords.
    case other

    /// The script of one letter, by Unicode block.
    init(_ scalar: Unicode.Scalar) { self.init(scalar.value) }

    /// The script of one letter, by its scalar value.
    init(_ value: UInt32) {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FFFF: self = .han
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: self = .kana
        case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: self = .hangul
        case 0x0E00...0x0E7F: self = .thai
        case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: self = .arabic
        case 0x0400...0x052F: self = .cyrillic
        case 0x0370...0x03FF, 0x1F00...0x1FFF: self = .greek
        case 0x0590...0x05FF: self = .hebrew
        case 0x0900...0x097F: self = .devanagari
        default: self = .other
        }
    }

    /// Whether each letter of the script stands for about one word (no spaces between words).
    var isWordPerLetter: Bool { self == .han || self == .kana || self == .thai }

    /// The language a page in this script is in, given the declared language.
    ///
    /// The declared language wins when it is written in the script (Ukrainian over Russian, Persian
    /// over Arabic); Han with enough kana is Japanese.
    func language(declared: String?, kanaShare: Double, minimumKanaShare: Double) -> String? {
        let (default_, family): (String?, Set<String>) = switch self {
        case .han: (kanaShare >= minimumKanaShare ? "ja" : "zh", ["zh", "ja"])
        case .kana: ("ja", ["ja"])
        case .hangul: ("ko", ["ko"])
        case .thai: ("th", ["th"])
        case .arabic: ("ar", ["ar", "fa", "ur", "ps", "ku", "sd", "ug"])
        case .cyrillic: ("ru", ["ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg"])
        case .greek: ("el", ["el"])
        case .hebrew: ("he", ["he", "yi"])
        case .devanagari: ("hi", ["hi", "mr", "ne", "sa"])
        case .other: (nil, [])
        }
        if self != .han, let declared, family.contains(declared) { return declared }
        return default_
    }
}
