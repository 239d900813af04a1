/// A character encoding the input stage can decode, named by a WHATWG-style label.
///
/// ```swift
/// Charset(label: "ISO-8859-1") // .singleByte(.windows1252), as browsers treat it
/// Charset(label: "Shift_JIS")  // .foundation("shift_jis")
/// ```
enum Charset: Sendable, Hashable {
    case utf8, utf16LE, utf16BE, utf32LE, utf32BE
    /// A single-byte charset decoded by Winnow's own tables.
    case singleByte(SingleByteCharset)
    /// A multi-byte legacy charset handed to Foundation, by its lower-cased IANA label.
    case foundation(String)

    /// The single-byte charsets with tables in ``SingleByteTables``.
    enum SingleByteCharset: String, Sendable, Hashable, CaseIterable {
        case windows1250 = "windows-1250", windows1251 = "windows-1251", windows1252 = "windows-1252"
        case windows1258 = "windows-1258", iso8859_2 = "iso-8859-2", iso8859_15 = "iso-8859-15"
        case koi8R = "koi8-r"

        /// Scalars for bytes 0x80–0xFF.
        var upperHalf: [UInt16] {
            switch self {
            case .windows1250: SingleByteTables.windows1250
            case .windows1251: SingleByteTables.windows1251
            case .windows1252: SingleByteTables.windows1252
            case .windows1258: SingleByteTables.windows1258
            case .iso8859_2: SingleByteTables.iso8859_2
            case .iso8859_15: SingleByteTables.iso8859_15
            case .koi8R: SingleByteTables.koi8R
            }
        }
    }

    /// The name recorded in ``DecodedPage/charset``.
    var name: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .utf32LE: "UTF-32LE"
        case .utf32BE: "UTF-32BE"
        case .singleByte(let charset): charset.rawValue
        case .foundation(let label): label
        }
    }

    /// Whether ASCII bytes mean ASCII characters in this charset (false for UTF-16/32 and ISO-2022).
    var isASCIICompatible: Bool {
        switch self {
        case .utf16LE, .utf16BE, .utf32LE, .utf32BE: false
        case .foundation(let label): !label.hasPrefix("iso-2022") && !label.hasPrefix("utf-7")
        default: true
        }
    }

    /// Reads a charset label (`charset=…` or an XML `encoding`); `nil` for an empty label.
    ///
    /// Latin-1 and ASCII labels mean windows-1252, and a declared UTF-16 without a byte-order mark
    /// means UTF-8, as in browsers.
    init?(label: some StringProtocol) {
        let key = label.lowercased().filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
        guard !key.isEmpty else { return nil }
        if let known = Self.aliases[key] { self = known; return }
        if key.hasPrefix("utf-16") || key.hasPrefix("utf16") { self = .utf8; return }
        self = .foundation(key)
    }

    private static let aliases: [String: Charset] = {
        var table: [String: Charset] = ["utf-8": .utf8, "utf8": .utf8, "unicode-1-1-utf-8": .utf8]
        let groups: [(SingleByteCharset, [String])] = [
            (.windows1252, ["windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1",
                            "latin1", "latin-1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819"]),
            (.windows1258, ["windows-1258", "cp1258", "x-cp1258"]),
            (.windows1250, ["windows-1250", "cp1250", "x-cp1250"]),
            (.windows1251, ["windows-1251", "cp1251", "x-cp1251"]),
            (.iso8859_2, ["iso-8859-2", "iso8859-2", "iso_8859-2", "latin2", "l2"]),
            (.iso8859_15, ["iso-8859-15", "iso8859-15", "iso_8859-15", "latin9", "l9"]),
            (.koi8R, ["koi8-r", "koi8r", "koi8", "cskoi8r"]),
        ]
        for (charset, labels) in groups {
            for label in labels { table[label] = .singleByte(charset) }
        }
        return table
    }()
}
