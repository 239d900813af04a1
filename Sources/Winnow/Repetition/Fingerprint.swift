/// A case-, digit-, diacritic-, punctuation- and white-space-insensitive hash of a text.
///
/// "Giá vàng hôm nay 19/3/2026" and "GIA VANG HOM NAY 20/3/2026" share a fingerprint, so a
/// teaser that only changes its date still counts as the same furniture. Hashing works on the
/// folded letters, so NFC and NFD input agree.
///
/// ```swift
/// Fingerprint("Đọc thêm") == Fingerprint("doc them") // true
/// ```
public struct Fingerprint: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The 64-bit FNV-1a hash of the folded text.
    public let value: UInt64

    /// Fingerprints a text.
    ///
    /// ```swift
    /// let print = Fingerprint("TIN LIÊN QUAN")
    /// ```
    public init(_ text: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        _ = TextFolding.forEachFoldedByte(text) { byte in
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            return true
        }
        value = hash
    }

    /// Creates a fingerprint from a stored hash value.
    ///
    /// ```swift
    /// let restored = Fingerprint(value: saved.value)
    /// ```
    public init(value: UInt64) { self.value = value }

    /// The hash in hexadecimal.
    ///
    /// ```swift
    /// Fingerprint("x").description // e.g. "af63bd4c8601b7be"
    /// ```
    public var description: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
