import Foundation

/// An HTTP response as stored in a WARC `response` record: status, headers, body.
///
/// ```swift
/// let response = HTTPResponse(parsing: Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>".utf8))
/// response?.isHTML // true
/// ```
public struct HTTPResponse: Sendable, Hashable {
    /// The status code (200, 404, …).
    public var status: Int
    /// Header fields by lower-cased name; a repeated field keeps its last value.
    public var headers: [String: String]
    /// The payload after the blank line.
    public var body: [UInt8]

    /// Parses a response; `nil` when the bytes do not start with an HTTP status line.
    ///
    /// ```swift
    /// let response = HTTPResponse(parsing: record.block)
    /// ```
    public init?(parsing bytes: [UInt8]) {
        guard bytes.starts(with: Array("HTTP/".utf8)) else { return nil }
        var lines: [String] = []
        var index = 0
        var lineStart = 0
        while index < bytes.count {
            guard bytes[index] == 0x0A else { index += 1; continue }
            var line = bytes[lineStart..<index]
            if line.last == 0x0D { line = line.dropLast() }
            index += 1
            lineStart = index
            if line.isEmpty { break }
            lines.append(String(decoding: line, as: UTF8.self))
        }
        guard let statusLine = lines.first else { return nil }
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let code = Int(parts[1]) else { return nil }
        status = code
        headers = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        body = Array(bytes[min(lineStart, bytes.count)...])
    }

    /// The media type of `Content-Type`, lower-cased, without parameters (`text/html`).
    ///
    /// ```swift
    /// response.mediaType // "text/html"
    /// ```
    public var mediaType: String? {
        headers["content-type"]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The `charset` parameter of `Content-Type`, lower-cased and unquoted (`windows-1251`).
    ///
    /// ```swift
    /// response.charset // "utf-8"
    /// ```
    public var charset: String? {
        guard let header = headers["content-type"] else { return nil }
        for parameter in header.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                let value = pair[1].trimmingCharacters(in: ["\"", "'"]).lowercased()
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }

    /// Whether the payload is an HTML page: `text/html` or `application/xhtml+xml`, or without a
    /// `Content-Type`, a body starting with `<!doctype html` or `<html`.
    ///
    /// ```swift
    /// response.isHTML // true
    /// ```
    public var isHTML: Bool {
        if let mediaType { return mediaType == "text/html" || mediaType == "application/xhtml+xml" }
        let head = String(decoding: body.prefix(512), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }
}
