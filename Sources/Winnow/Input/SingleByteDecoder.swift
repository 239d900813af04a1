/// Decodes a single-byte charset through its table, straight into UTF-8.
///
/// ```swift
/// SingleByteDecoder(.windows1252).decode([0x63, 0x61, 0x66, 0xE9][...]) // "café"
/// ```
///
/// - Complexity: O(*n*); each byte's UTF-8 form is precomputed once per call.
struct SingleByteDecoder: Sendable {
    let charset: Charset.SingleByteCharset

    init(_ charset: Charset.SingleByteCharset) { self.charset = charset }

    func decode(_ bytes: ArraySlice<UInt8>) -> String {
        let encodings = charset.upperHalf.map { value -> [UInt8] in
            Array(String(Unicode.Scalar(value).map(Character.init) ?? "\u{FFFD}").utf8)
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 4)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
            } else {
                output.append(contentsOf: encodings[Int(byte) - 0x80])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
