/// Settles which charset raw bytes are in: byte-order mark, then the declared charset checked
/// against the bytes, then UTF-8, then windows-1252.
///
/// A declaration that lies does not garble text: bytes that are well-formed UTF-8 with multi-byte
/// sequences are read as UTF-8 whatever the page declares, and bytes declared UTF-8 that are not
/// fall back to windows-1252 (or to lossy UTF-8 when well-formed sequences outnumber the malformed bytes).
///
/// ```swift
/// let bytes = Array(#"<meta charset="iso-8859-1"><p>Việt</p>"#.utf8)
/// CharsetDetector(prescanBytes: 4096).detect(bytes[...]).charset // .utf8 (with a note)
/// ```
///
/// - Complexity: O(*n*): one UTF-8 survey over the bytes plus a prescan of at most `prescanBytes`.
struct CharsetDetector: Sendable {
    /// Leading bytes searched for a `<meta>` or XML declaration.
    var prescanBytes: Int

    /// The charset, the length of a byte-order mark to skip, and notes on lies and fallbacks.
    struct Detection: Sendable {
        var charset: Charset
        var bomLength = 0
        var notes: [String] = []
    }

    /// Detects the charset; `transportLabel` is the charset the transport declared (HTTP
    /// `Content-Type`), which outranks the page's own `<meta>` as in browsers.
    func detect(_ bytes: ArraySlice<UInt8>, transportLabel: String? = nil) -> Detection {
        if let bom = ByteOrderMark.detect(bytes) {
            return Detection(charset: bom.charset, bomLength: bom.length)
        }
        let declared = transportLabel.flatMap { Charset(label: $0) }
            ?? CharsetPrescan.declaredLabel(bytes.prefix(max(0, prescanBytes))).flatMap { Charset(label: $0) }
        let survey = UTF8Survey(bytes)
        if survey.isValid {
            if survey.isASCII, let declared, declared != .utf8 {
                return Detection(charset: declared)
            }
            var detection = Detection(charset: .utf8)
            if let declared, declared != .utf8 {
                detection.notes.append("charset: page declares \(declared.name) but its bytes are UTF-8; decoded as UTF-8")
            }
            return detection
        }
        if let declared, declared != .utf8 {
            return Detection(charset: declared)
        }
        if survey.multiByteSequences > survey.malformedBytes {
            return Detection(charset: .utf8, notes: [
                "charset: \(survey.malformedBytes) malformed UTF-8 bytes replaced with U+FFFD",
            ])
        }
        let fallback = Charset.singleByte(.windows1252)
        let reason = declared == .utf8 ? "page declares UTF-8 but its bytes are not UTF-8" : "no charset declared and bytes are not UTF-8"
        return Detection(charset: fallback, notes: ["charset: \(reason); decoded as \(fallback.name)"])
    }
}
