/// What Winnow has learned about one site's template: on how many of its pages each block text
/// and each DOM path occurs.
///
/// A profile is a plain value: the caller owns it, passes it to ``Extractor``, and may save it as
/// JSON to reuse on a later crawl of the same site. It learns online, page by page. A profile of
/// fewer than ``Configuration/Repetition-swift.struct/minimumTemplatePages`` pages changes nothing.
///
/// ```swift
/// let extractor = Extractor()
/// var profile = SiteProfile(site: "baoquocte.vn")
/// for page in pages { profile.learn(from: extractor.segment(page)) }
/// let data = try JSONEncoder().encode(profile)
/// let article = extractor.extract(pages[0], profile: profile)
/// ```
///
/// - Complexity: learning a page is O(blocks); memory is bounded by
///   ``Configuration/Limits-swift.struct/maximumProfileEntries`` entries per table.
public struct SiteProfile: Sendable, Hashable, Codable {
    /// The site's name (its host), for reasons such as "seen on 9 of 10 pages of example.com".
    public var site: String
    /// How many pages the profile has learned from.
    public private(set) var pageCount: Int = 0
    /// Pages on which each text fingerprint occurs.
    private(set) var textPages: [UInt64: Int] = [:]
    /// Pages on which each DOM path occurs.
    private(set) var pathPages: [UInt64: Int] = [:]
    /// The entry count above which rare entries are pruned.
    public var capacity: Int

    /// Creates an empty profile for a site.
    ///
    /// ```swift
    /// var profile = SiteProfile(site: "example.com")
    /// ```
    public init(site: String, capacity: Int = Configuration.Limits().maximumProfileEntries) {
        self.site = site
        self.capacity = capacity
    }

    /// Learns one page: counts each distinct block text and DOM path once.
    ///
    /// ```swift
    /// profile.learn(from: extractor.segment(page))
    /// ```
    public mutating func learn(from page: SegmentedPage) {
        pageCount += 1
        let keys = page.keys
        var texts = Set<UInt64>()
        var paths = Set<UInt64>()
        for text in keys.texts { texts.insert(text) }
        for path in keys.paths.prints { paths.insert(path) }
        for text in texts { textPages[text, default: 0] += 1 }
        for path in paths { pathPages[path, default: 0] += 1 }
        if textPages.count > capacity { textPages = Self.pruned(textPages, to: capacity) }
        if pathPages.count > capacity { pathPages = Self.pruned(pathPages, to: capacity) }
    }

    /// On how many learned pages a block's text occurs.
    ///
    /// ```swift
    /// profile.pages(containingText: "Đọc thêm") // 2
    /// ```
    public func pages(containingText text: String) -> Int {
        textPages[Fingerprint(text).value] ?? 0
    }

    /// On how many learned pages a DOM path occurs.
    ///
    /// ```swift
    /// profile.pages(containingPath: "body>div.footer>p") // 10
    /// ```
    public func pages(containingPath path: String) -> Int {
        pathPages[Fingerprint.path(path).value] ?? 0
    }

    /// Merges another profile of the same site (for example one learned on another machine).
    ///
    /// ```swift
    /// profile.merge(otherWorkersProfile)
    /// ```
    public mutating func merge(_ other: SiteProfile) {
        pageCount += other.pageCount
        textPages.merge(other.textPages, uniquingKeysWith: +)
        pathPages.merge(other.pathPages, uniquingKeysWith: +)
        if textPages.count > capacity { textPages = Self.pruned(textPages, to: capacity) }
        if pathPages.count > capacity { pathPages = Self.pruned(pathPages, to: capacity) }
    }

    /// Keeps the most frequent entries: entries seen on one page go first.
    private static func pruned(_ table: [UInt64: Int], to capacity: Int) -> [UInt64: Int] {
        let kept = table.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(capacity * 3 / 4)
        return Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
    }

    private enum CodingKeys: String, CodingKey { case site, pageCount, capacity, texts, paths }

    /// Decodes a profile saved by ``encode(to:)``.
    ///
    /// ```swift
    /// let profile = try JSONDecoder().decode(SiteProfile.self, from: data)
    /// ```
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        site = try container.decode(String.self, forKey: .site)
        pageCount = try container.decode(Int.self, forKey: .pageCount)
        capacity = try container.decodeIfPresent(Int.self, forKey: .capacity) ?? Configuration.Limits().maximumProfileEntries
        textPages = try Self.decodeTable(container.decode([String: Int].self, forKey: .texts))
        pathPages = try Self.decodeTable(container.decode([String: Int].self, forKey: .paths))
    }

    /// Encodes the profile as JSON-friendly tables keyed by hexadecimal fingerprints.
    ///
    /// ```swift
    /// let data = try JSONEncoder().encode(profile)
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(site, forKey: .site)
        try container.encode(pageCount, forKey: .pageCount)
        try container.encode(capacity, forKey: .capacity)
        try container.encode(Self.encodeTable(textPages), forKey: .texts)
        try container.encode(Self.encodeTable(pathPages), forKey: .paths)
    }

    private static func encodeTable(_ table: [UInt64: Int]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: table.map { (Fingerprint(value: $0.key).description, $0.value) })
    }

    private static func decodeTable(_ table: [String: Int]) throws -> [UInt64: Int] {
        var result: [UInt64: Int] = [:]
        for (key, count) in table {
            guard let value = UInt64(key, radix: 16), count >= 0 else {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "bad profile entry \(key)"))
            }
            result[value] = count
        }
        return result
    }
}

extension Fingerprint {
    /// A DOM path's fingerprint: exact bytes, but with digits dropped so `post-123` and
    /// `post-456` are one path.
    static func path(_ path: String) -> Fingerprint {
        func hashed<S: Sequence<UInt8>>(_ bytes: S) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes where !(byte >= 48 && byte <= 57) {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            return hash
        }
        // The contiguous UTF-8 when the string has it (native strings do): a plain byte loop.
        return Fingerprint(value: path.utf8.withContiguousStorageIfAvailable(hashed) ?? hashed(path.utf8))
    }
}
