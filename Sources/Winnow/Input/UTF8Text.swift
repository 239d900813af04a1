/// Decoded text as later stages read it: a `String`, or bytes known to be valid UTF-8 (text that
/// came as UTF-8 bytes and needed no change, so no `String` was made of it).
///
/// ```swift
/// let text = UTF8Text.bytes(Array("<p>Hi</p>".utf8))
/// text.withUTF8 { $0.count } // 9
/// text.string                // "<p>Hi</p>"
/// ```
enum UTF8Text: Sendable {
    case string(String)
    /// Well-formed UTF-8 (the decoder checked it).
    case bytes([UInt8])

    /// Calls `body` with the text's UTF-8 bytes.
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch self {
        case .string(let string):
            var source = string
            return source.withUTF8(body)
        case .bytes(let bytes):
            return bytes.withUnsafeBufferPointer(body)
        }
    }

    /// The text as a `String` (made from the bytes when it is held as bytes).
    var string: String {
        switch self {
        case .string(let string): string
        case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
        }
    }
}
