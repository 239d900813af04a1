#if LibXML2
import Foundation
/// A quick scan that tells whether libxml2 would spend too long on a page.
///
/// libxml2 matches each end tag by scanning its stack of open elements, so a page that nests
/// very deep and then closes many tags costs nesting × end tags. The estimate takes the deepest
/// point of (start tags − end tags), void elements excepted, times the number of end tags; it
/// over-counts on pages that leave `p` or `li` open, which only sends them to the tag-soup parser.
///
/// - Complexity: O(n) in the bytes, one pass; the bytes between tags are skipped with `memchr`.
struct LibXML2WorkEstimate: Sendable {
    /// The estimated scanning work for `html`.
    func work(_ html: String) -> Int {
        var source = html
        return source.withUTF8(work(utf8:))
    }

    /// The estimated scanning work for UTF-8 `bytes`.
    func work(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var depth = 0, deepest = 0, endTags = 0
        guard let base = bytes.baseAddress else { return 0 }
        var index = 0
        while index + 1 < bytes.count {
            // Jump to the next `<` (memchr reads many bytes at a time).
            guard let found = memchr(base + index, Int32(ASCII.lessThan), bytes.count - 1 - index) else { break }
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            defer { index += 1 }
            if bytes[index + 1] == ASCII.slash {
                endTags += 1
                depth = max(0, depth - 1)
                continue
            }
            guard ASCII.isLetter(bytes[index + 1]) else { continue }
            var end = index + 1
            while end < bytes.count, ASCII.isLetter(bytes[end]) || (bytes[end] >= 0x30 && bytes[end] <= 0x39) { end += 1 }
            if !Self.isVoid(bytes[(index + 1)..<end]) {
                depth += 1
                deepest = max(deepest, depth)
            }
        }
        return deepest.multipliedReportingOverflow(by: endTags).overflow ? .max : deepest * endTags
    }

    /// Whether a tag name (ASCII letters and digits, any case) is a void element, without making a
    /// String: names of up to 8 bytes are packed, lower-cased, into an integer (no name holds a
    /// zero byte, so packing is one-to-one) and compared with the packed void names.
    private static func isVoid(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard name.count <= 8 else { return HTMLElements.void.contains(ASCII.lowercased(name)) }
        let key = pack(name.lazy.map(ASCII.lower))
        return packedVoid.contains(key)
    }

    private static func pack<S: Sequence<UInt8>>(_ bytes: S) -> UInt64 {
        var key: UInt64 = 0
        for byte in bytes { key = key << 8 | UInt64(byte) }
        return key
    }

    private static let packedVoid: [UInt64] = HTMLElements.void.filter { $0.utf8.count <= 8 }.map { pack($0.utf8) }
}
#endif
