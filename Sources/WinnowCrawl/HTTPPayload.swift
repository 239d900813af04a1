import Foundation

/// Undoing the transfer and content codings a crawler may have stored: `Transfer-Encoding:
/// chunked` and `Content-Encoding: gzip`.
extension HTTPResponse {
    /// The body as the server meant it: de-chunked and gunzipped when the headers say so;
    /// `nil` when it is malformed, uses another coding, or decodes to more than `maximumLength` bytes.
    ///
    /// ```swift
    /// let html = response.decodedBody(maximumLength: 64 << 20)
    /// ```
    public func decodedBody(maximumLength: Int) -> [UInt8]? {
        var bytes = body
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            guard let dechunked = Self.dechunked(bytes) else { return nil }
            bytes = dechunked
        }
        switch headers["content-encoding"]?.lowercased().trimmingCharacters(in: .whitespaces) {
        case nil, "", "identity": break
        case "gzip", "x-gzip":
            var stream = GzipByteStream(MemoryByteStream(bytes))
            var output: [UInt8] = []
            do {
                while let chunk = try stream.nextChunk() {
                    output += chunk
                    if output.count > maximumLength { return nil }
                }
            } catch {
                return nil
            }
            bytes = output
        default: return nil
        }
        return bytes.count <= maximumLength ? bytes : nil
    }

    /// A chunked body's data: hexadecimal size line, data, CRLF, until a zero size.
    private static func dechunked(_ bytes: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard let lineEnd = bytes[index...].firstIndex(of: 0x0A) else { return nil }
            let line = String(decoding: bytes[index..<lineEnd], as: UTF8.self)
            let sizeText = line.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else { return nil }
            if size == 0 { return output }
            let start = lineEnd + 1
            guard size <= bytes.count - start else { return nil }
            output += bytes[start..<start + size]
            index = start + size
            while index < bytes.count, bytes[index] == 0x0D || bytes[index] == 0x0A { index += 1 }
        }
        return output
    }
}
