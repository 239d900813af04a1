#if LibXML2
import Foundation

extension RawTextScan {
    static let script = Array("script".utf8), style = Array("style".utf8)
    /// libxml2 2.9 reads names into a 100-byte buffer; longer ones are split (the scan gives up).
    private static let longestName = 99

    /// The end of the name (libxml2's name bytes: ASCII letters, digits, `:`, `-`, `_`, `.`)
    /// starting at `start`; `nil` when none starts there or it is too long.
    func nameEnd(from start: Int) -> Int? {
        guard start < bytes.count, Self.isNameStart(bytes[start]) else { return nil }
        var end = start + 1
        while end < bytes.count && Self.isNameByte(bytes[end]) { end += 1 }
        return end - start <= Self.longestName ? end : nil
    }

    /// Whether the bytes in `range` are `name` (lower case) in any case.
    func isName(_ name: StaticString, in range: Range<Int>) -> Bool {
        range.count == name.utf8CodeUnitCount && starts(with: name, at: range.lowerBound, ignoringCase: true)
    }

    /// The elements the scan tells apart.
    enum Element {
        /// `title` and `h1`, whose text metadata keeps.
        case title, h1
        /// The raw-text elements whose contents are cut.
        case script, style
        /// `pre`, `textarea`, `listing`, `plaintext`, `xmp`: their white space shows, or may.
        case whiteSpaceShowing
        case other
    }

    /// The element named by the bytes in `range`, in any case (told by length first: one
    /// comparison at most for most names).
    func element(named range: Range<Int>) -> Element {
        func isName(_ name: StaticString) -> Bool { self.isName(name, in: range) }
        switch range.count {
        case 2: return isName("h1") ? .h1 : .other
        case 3: return isName("pre") || isName("xmp") ? .whiteSpaceShowing : .other
        case 5: return isName("title") ? .title : isName("style") ? .style : .other
        case 6: return isName("script") ? .script : .other
        case 7: return isName("listing") ? .whiteSpaceShowing : .other
        case 8: return isName("textarea") ? .whiteSpaceShowing : .other
        case 9: return isName("plaintext") ? .whiteSpaceShowing : .other
        default: return .other
        }
    }

    /// Whether a script's start tag may mark JSON-LD: it holds `ld+json` in any case, or an `&`
    /// (an entity might spell it).
    static func mayBeJSONLD(_ tag: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        if tag.contains(UInt8(ascii: "&")) { return true }
        let pattern = Array("ld+json".utf8)
        guard tag.count >= pattern.count else { return false }
        var index = tag.startIndex
        while index + pattern.count <= tag.endIndex {
            if zip(tag[index..<(index + pattern.count)], pattern).allSatisfy({ ASCII.lower($0) == $1 }) { return true }
            index += 1
        }
        return false
    }

    static func isNameStart(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }

    /// libxml2's blanks: space, tab, line feed, carriage return (not form feed).
    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// The index of the first `byte` at or after `start`.
    func find(_ byte: UInt8, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count,
              let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The index of the first `pattern` (ASCII) that lies wholly before `end`, from `start` on.
    func find(_ pattern: StaticString, from start: Int, to end: Int? = nil) -> Int? {
        let end = end ?? bytes.count, count = pattern.utf8CodeUnitCount
        var index = start
        while let first = find(pattern.utf8Start[0], from: index), first + count <= end {
            if starts(with: pattern, at: first) { return first }
            index = first + 1
        }
        return nil
    }

    /// Whether `prefix` (ASCII; lower case when `ignoringCase`) starts at `index`.
    func starts(with prefix: StaticString, at index: Int, ignoringCase: Bool = false) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count {
            let byte = ignoringCase ? ASCII.lower(bytes[index + offset]) : bytes[index + offset]
            if byte != prefix.utf8Start[offset] { return false }
        }
        return true
    }
}
#endif
