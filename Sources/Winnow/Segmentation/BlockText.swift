import Foundation

/// The text of the block being built: white space folded as it arrives, characters inside links
/// counted, and appending stopped at ``Configuration/Limits/maximumBlockCharacters``.
struct BlockText {
    /// The text so far, as UTF-8.
    private var bytes: [UInt8] = []
    private var scalarCount = 0
    private var pendingSpace = false
    private var isASCII = true
    private var nextLengthCheck: Int
    private let maximumCharacters: Int
    /// Characters appended inside links.
    private(set) var linkCharacters = 0
    /// Whether text was dropped because the block reached its character limit.
    private(set) var wasCut = false

    init(maximumCharacters: Int) {
        self.maximumCharacters = max(1, maximumCharacters)
        nextLengthCheck = self.maximumCharacters
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// Empties the text for the next block, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        scalarCount = 0
        pendingSpace = false
        isASCII = true
        nextLengthCheck = maximumCharacters
        linkCharacters = 0
        wasCut = false
    }

    /// What ``append(_:inLink:)`` read in a piece of text, so its caller needs no pass of its own.
    struct Piece {
        /// Bytes other than ASCII white space (space, line feed, tab, carriage return, form feed).
        var nonSpaceBytes = 0
        /// Whether a scalar other than ``BlockText/isUnicodeWhitespace(_:)`` white space came.
        var hasContent = false
    }

    /// Appends valid UTF-8 text, folding runs of white space into one space between words, and
    /// tells what it read; `nil` (nothing read) once the block was cut.
    @discardableResult
    mutating func append(_ text: UnsafeBufferPointer<UInt8>, inLink: Bool) -> Piece? {
        guard !wasCut else { return nil }
        var piece = Piece()
        let pieceStart = bytes.count
        var pieceScalars = 0
        var pieceIsASCII = true
        var leadingSeparator = false
        func spaceIfPending() {
            if pendingSpace, !bytes.isEmpty {
                if bytes.count == pieceStart { leadingSeparator = true }
                bytes.append(0x20)
                pieceScalars += 1
            }
            pendingSpace = false
        }
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte < 0x80 {
                if Self.isASCIIWhitespace(byte) {
                    pendingSpace = true
                    index += 1
                    continue
                }
                // A run of ASCII bytes other than white space is copied whole.
                var end = index + 1
                while end < text.count, text[end] < 0x80, !Self.isASCIIWhitespace(text[end]) { end += 1 }
                spaceIfPending()
                let run = UnsafeBufferPointer(rebasing: text[index..<end])
                bytes.append(contentsOf: run)
                pieceScalars += end - index
                piece.nonSpaceBytes += end - index
                // The vertical tab is the one white space such a run holds.
                if !piece.hasContent && run.contains(where: { $0 != 0x0B }) { piece.hasContent = true }
                index = end
                continue
            }
            var scalars = UTF8Scalars(bytes: text, index: index)
            guard let scalar = scalars.next() else {
                piece.nonSpaceBytes += text[index...].count { !Self.isASCIIWhitespace($0) }
                break
            }
            // A scalar's bytes (none ASCII, unless the text is not valid UTF-8).
            piece.nonSpaceBytes += text[index..<scalars.index].count { !Self.isASCIIWhitespace($0) }
            index = scalars.index
            if Self.isUnicodeWhitespace(scalar) {
                pendingSpace = true
                continue
            }
            piece.hasContent = true
            if scalar.value >= 0x200B, Self.isInvisible(scalar) { continue }
            spaceIfPending()
            isASCII = false
            pieceIsASCII = false
            bytes.append(contentsOf: scalar.utf8)
            pieceScalars += 1
        }
        guard pieceScalars > 0 else { return piece }
        if inLink {
            // In ASCII without "\r\n" (white space is folded) a character is one scalar.
            let characters = pieceIsASCII ? pieceScalars : String(decoding: bytes[pieceStart...], as: UTF8.self).count
            linkCharacters += characters - (leadingSeparator ? 1 : 0)
        }
        scalarCount += pieceScalars
        if scalarCount >= nextLengthCheck {
            // A character has at least one scalar, so the limit is reached no earlier than here.
            let characters = String(decoding: bytes, as: UTF8.self).count
            if characters >= maximumCharacters { wasCut = true } else {
                nextLengthCheck = scalarCount + (maximumCharacters - characters)
            }
        }
        return piece
    }

    /// Marks a word boundary (e.g. a single `<br>`) without adding text.
    mutating func separate() { pendingSpace = true }

    /// The folded, NFC-normalised text, cut to the character limit.
    func finished() -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        // Text no scalar of which can change under NFC (nearly all) is NFC already.
        if !isASCII && !NFCQuickCheck.isNFC(text) { text = text.precomposedStringWithCanonicalMapping }
        // A character has at least one UTF-8 byte: counting characters is needed only above the limit in bytes.
        if wasCut || (text.utf8.count > maximumCharacters && text.count > maximumCharacters) {
            text = String(text.prefix(maximumCharacters))
        }
        return text
    }

    /// Zero-width characters that would otherwise make blocks of nothing visible: byte-order
    /// mark, zero-width space, word joiner.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xFEFF || scalar.value == 0x200B || scalar.value == 0x2060
    }

    /// The ASCII white space that is folded: space, line feed, tab, carriage return, form feed
    /// (not the vertical tab, which is kept); other white space is ``isUnicodeWhitespace(_:)``
    /// beyond ASCII.
    @inline(__always)
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// `scalar.properties.isWhitespace` without the property lookup: the White_Space code
    /// points, U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
    /// U+202F, U+205F and U+3000 (unchanged since Unicode 6.3).
    static func isUnicodeWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return ASCII.isWhiteSpace(UInt8(value)) }
        if value < 0x1680 { return value == 0x85 || value == 0xA0 }
        return value == 0x1680 || (value >= 0x2000 && value <= 0x200A) || value == 0x2028 || value == 0x2029
            || value == 0x202F || value == 0x205F || value == 0x3000
    }
}

extension BlockText {
    /// The scalars of valid UTF-8 bytes, decoded without making a String.
    static func scalars(_ utf8: UnsafeBufferPointer<UInt8>) -> UTF8Scalars { UTF8Scalars(bytes: utf8) }

    /// Decodes valid UTF-8 scalar by scalar (a truncated sequence at the end ends it; one that is
    /// not a scalar reads as U+FFFD, which valid UTF-8 never holds).
    struct UTF8Scalars: Sequence, IteratorProtocol {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        mutating func next() -> Unicode.Scalar? {
            guard index < bytes.count else { return nil }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                return Unicode.Scalar(lead)
            }
            let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard index + width <= bytes.count else {
                index = bytes.count
                return nil
            }
            var value = UInt32(lead & (0x7F >> width))
            for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            index += width
            return Unicode.Scalar(value) ?? "\u{FFFD}"
        }
    }
}
