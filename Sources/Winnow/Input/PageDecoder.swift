/// Input stage: turns a ``Page`` into NFC text and settles whether it is HTML or plain text.
///
/// Bytes are cut to ``Configuration/Limits/maximumPageBytes``, their charset is detected
/// (``CharsetDetector``), they are decoded, controls become spaces and the text is NFC-normalised;
/// strings are cut, their controls become spaces (a NUL in a caller's string must not reach the
/// output) and they are normalised; UTF-8 text is read as the string it decodes to, and stays
/// bytes when valid and unchanged.
///
/// ```swift
/// let decoded = PageDecoder(limits: .init()).decode(Page(bytes: Array("<p>Xin chào</p>".utf8)))
/// decoded.kind    // .html
/// decoded.charset // "UTF-8"
/// ```
///
/// - Complexity: O(*n*) in the page's bytes.
struct PageDecoder: Sendable {
    var limits: Configuration.Limits

    func decode(_ page: Page) -> DecodedPage {
        var notes: [String] = []
        let text: UTF8Text
        let charset: String
        switch page.content {
        case .string(let string):
            text = .string(decoded(string, notes: &notes))
            charset = "UTF-8"
        case .utf8(let bytes):
            if let check = page.knownCheck.check ?? bytes.withUnsafeBufferPointer(CleanupCheck.init) {
                var cut = bytes
                if bytes.count > limits.maximumPageBytes {
                    cut = Array(UTF8Survey.trimmingIncompleteTail(bytes.prefix(max(0, limits.maximumPageBytes))))
                    notes.append(cutNote(bytes.count))
                }
                if check.hasControl { cut = TextCleanup.replacingControls(cut) }
                text = check.mayChangeUnderNFC ? TextCleanup.nfc(cut) : .bytes(cut)
            } else {
                text = .string(decoded(String(decoding: bytes, as: UTF8.self), notes: &notes))
            }
            charset = "UTF-8"
        case .bytes(let bytes):
            var slice = bytes[...]
            if bytes.count > limits.maximumPageBytes {
                slice = UTF8Survey.trimmingIncompleteTail(bytes.prefix(max(0, limits.maximumPageBytes)))
                notes.append(cutNote(bytes.count))
            }
            let detection = CharsetDetector(prescanBytes: limits.charsetPrescanBytes).detect(slice, transportLabel: page.declaredCharset)
            notes += detection.notes
            let (decoded, used, note) = Self.decode(slice.dropFirst(detection.bomLength), as: detection.charset)
            notes += note.map { [$0] } ?? []
            text = .string(TextCleanup.nfc(TextCleanup.replacingControls(decoded)))
            charset = used
        }
        let kind = page.kind == .automatic ? KindSniffer(limits: limits).kind(of: text) : page.kind
        return DecodedPage(content: text, kind: kind, charset: charset, notes: notes)
    }

    /// A caller's string cut to the page limit, its controls replaced, NFC-normalised.
    private func decoded(_ string: String, notes: inout [String]) -> String {
        var cut = string
        if string.utf8.count > limits.maximumPageBytes {
            let head = Array(string.utf8.prefix(max(0, limits.maximumPageBytes)))
            cut = String(decoding: UTF8Survey.trimmingIncompleteTail(head[...]), as: UTF8.self)
            notes.append(cutNote(string.utf8.count))
        }
        return TextCleanup.nfc(TextCleanup.replacingControls(cut))
    }

    /// Decodes bytes in a detected charset: the text, the charset name used, and a fallback note.
    static func decode(_ bytes: ArraySlice<UInt8>, as charset: Charset) -> (String, String, String?) {
        switch charset {
        case .utf8:
            return (String(decoding: bytes, as: UTF8.self), charset.name, nil)
        case .utf16LE, .utf16BE, .utf32LE, .utf32BE:
            return (WideDecoder.decode(bytes, as: charset), charset.name, nil)
        case .singleByte(let table):
            return (SingleByteDecoder(table).decode(bytes), charset.name, nil)
        case .foundation(let label):
            if let text = FoundationDecoder.decode(bytes, label: label) { return (text, label, nil) }
            let note = "charset: cannot decode \(label); decoded as UTF-8 with replacements"
            return (String(decoding: bytes, as: UTF8.self), Charset.utf8.name, note)
        }
    }

    private func cutNote(_ size: Int) -> String {
        "limit: page of \(size) bytes cut to maximumPageBytes (\(limits.maximumPageBytes))"
    }
}
