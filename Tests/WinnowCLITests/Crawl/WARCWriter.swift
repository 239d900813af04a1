import Foundation

/// Writes WARC files for tests: records with the fields a crawler writes, plain or as
/// multi-member gzip (one member per record, as `.warc.gz` files are).
struct WARCWriter {
    /// One record to write.
    struct Record {
        var type: String
        var uri: String?
        var contentType: String
        var block: [UInt8]

        /// A `response` record holding an HTTP response with the given headers and body.
        static func response(uri: String, httpContentType: String?, body: String) -> Record {
            var http = "HTTP/1.1 200 OK\r\n"
            if let httpContentType { http += "Content-Type: \(httpContentType)\r\n" }
            http += "Content-Length: \(body.utf8.count)\r\n\r\n"
            return Record(type: "response", uri: uri, contentType: "application/http; msgtype=response",
                          block: Array(http.utf8) + Array(body.utf8))
        }

        /// A `request` record (skipped by readers looking for pages).
        static func request(uri: String) -> Record {
            Record(type: "request", uri: uri, contentType: "application/http; msgtype=request",
                   block: Array("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n".utf8))
        }

        /// A `warcinfo` record.
        static let info = Record(type: "warcinfo", uri: nil, contentType: "application/warc-fields",
                                 block: Array("software: winnow-tests\r\n".utf8))
    }

    /// One record's bytes.
    static func bytes(of record: Record, number: Int) -> [UInt8] {
        var header = "WARC/1.0\r\nWARC-Type: \(record.type)\r\n"
        header += "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-\(String(format: "%012d", number))>\r\n"
        if let uri = record.uri { header += "WARC-Target-URI: \(uri)\r\n" }
        header += "WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: \(record.contentType)\r\n"
        header += "Content-Length: \(record.block.count)\r\n\r\n"
        return Array(header.utf8) + record.block + Array("\r\n\r\n".utf8)
    }

    /// A plain WARC file's bytes.
    static func plain(_ records: [Record]) -> [UInt8] {
        records.enumerated().flatMap { bytes(of: $1, number: $0 + 1) }
    }

    /// A `.warc.gz` file's bytes: each record its own gzip member.
    static func gzipped(_ records: [Record]) -> [UInt8] {
        records.enumerated().flatMap { Gzip.member(bytes(of: $1, number: $0 + 1)) }
    }
}

/// A minimal gzip writer for tests: deflate "stored" blocks (no compression), CRC-32 trailer.
enum Gzip {
    /// One gzip member holding `data`.
    static func member(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF]
        var offset = 0
        repeat {
            let length = min(0xFFFF, data.count - offset)
            let final: UInt8 = offset + length == data.count ? 1 : 0
            out.append(final)
            out += littleEndian(UInt16(length)) + littleEndian(~UInt16(length))
            out += data[offset..<offset + length]
            offset += length
        } while offset < data.count
        out += littleEndian(crc32(data)) + littleEndian(UInt32(truncatingIfNeeded: data.count))
        return out
    }

    private static func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        (0..<(T.bitWidth / 8)).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }

    private static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
