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
    /// Fingerprints of the learned pages' URLs and titles, to recognise a copy of one of them.
    private(set) var pageKeys: Set<UInt64> = []
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

    /// Learns one page: counts each distinct block text and DOM path once. A copy of a learned
    /// page is skipped, so learning the same pages twice changes nothing: a page with the URL of
    /// a learned one (a later snapshot of it), or with its title and prose nearly all seen before
    /// (see ``Configuration/Repetition-swift.struct/duplicatePageSeenShare``).
    ///
    /// ```swift
    /// profile.learn(from: extractor.segment(page))
    /// ```
    public mutating func learn(from page: SegmentedPage, repetition: Configuration.Repetition = Configuration.Repetition()) {
        let keys = page.keys
        var texts = Set<UInt64>()
        var proseBlocks = 0
        var proseBytes = 0
        var seenProseBytes = 0
        // By index: iterating the blocks would copy each (retaining all its fields) for one count.
        for (index, text) in keys.texts.enumerated() where index < page.blocks.count {
            guard texts.insert(text).inserted else { continue }
            let bytes = page.blocks[index].text.utf8.count
            if bytes >= repetition.duplicatePageBlockBytes {
                proseBlocks += 1
                proseBytes += bytes
                if textPages[text] != nil { seenProseBytes += bytes }
            }
        }
        let (addresses, titles) = Self.keys(of: page)
        if addresses.contains(where: pageKeys.contains) { return }
        if titles.contains(where: pageKeys.contains), proseBlocks >= repetition.duplicatePageMinimumBlocks,
           Double(seenProseBytes) >= repetition.duplicatePageSeenShare * Double(proseBytes) {
            return
        }
        pageCount += 1
        if pageKeys.count < capacity { pageKeys.formUnion(addresses + titles) }
        var paths = Set<UInt64>()
        for path in keys.paths.prints { paths.insert(path) }
        for text in texts { textPages[text, default: 0] += 1 }
        for path in paths { pathPages[path, default: 0] += 1 }
        if textPages.count > capacity { textPages = Self.pruned(textPages, to: capacity) }
        if pathPages.count > capacity { pathPages = Self.pruned(pathPages, to: capacity) }
    }

    /// Exact-byte hashes of what names a page: its URL and canonical URL, and its title and
    /// headline (not text ``Fingerprint``s, which ignore digits).
    private static func keys(of page: SegmentedPage) -> (addresses: [UInt64], titles: [UInt64]) {
        func hashed(_ names: [String?]) -> [UInt64] {
            names.compactMap { name in
                guard let name, !name.isEmpty else { return nil }
                return Fingerprint.exactBytes(name).value
            }
        }
        // Titles and addresses hash apart: a page titled like another's URL is no copy of it.
        return (hashed([page.url, page.metadata.canonicalURL]),
                hashed([page.metadata.documentTitle, page.metadata.headline].map { $0.map { "title:" + $0 } }))
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
        if pageKeys.count < capacity { pageKeys.formUnion(other.pageKeys) }
        if textPages.count > capacity { textPages = Self.pruned(textPages, to: capacity) }
        if pathPages.count > capacity { pathPages = Self.pruned(pathPages, to: capacity) }
    }

    /// Keeps the most frequent entries: entries seen on one page go first.
    private static func pruned(_ table: [UInt64: Int], to capacity: Int) -> [UInt64: Int] {
        let kept = table.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(capacity * 3 / 4)
        return Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
    }

    private enum CodingKeys: String, CodingKey { case site, pageCount, capacity, texts, paths, pageKeys }

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
        pageKeys = Set(try Self.decodeTable(Dictionary(uniqueKeysWithValues:
            (container.decodeIfPresent([String].self, forKey: .pageKeys) ?? []).map { ($0, 1) })).keys)
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
        try container.encode(pageKeys.sorted().map { Fingerprint(value: $0).description }, forKey: .pageKeys)
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
        Fingerprint(value: fnv1a(path, skippingDigits: true))
    }

    /// ``path(_:)`` of a path given as its UTF-8 bytes.
    static func path(utf8 path: UnsafeBufferPointer<UInt8>) -> Fingerprint {
        Fingerprint(value: fnv1a(path, skippingDigits: true))
    }

    /// The FNV-1a hash of a string's exact UTF-8 bytes: for names (URLs, titles), where
    /// `/story/1` and `/story/2` must differ.
    static func exactBytes(_ text: String) -> Fingerprint {
        Fingerprint(value: fnv1a(text, skippingDigits: false))
    }

    private static func fnv1a(_ text: String, skippingDigits: Bool) -> UInt64 {
        // The contiguous UTF-8 when the string has it (native strings do): a plain byte loop.
        text.utf8.withContiguousStorageIfAvailable { fnv1a($0, skippingDigits: skippingDigits) }
            ?? fnv1a(text.utf8, skippingDigits: skippingDigits)
    }

    /// ``path(utf8:)``'s value for the path `parent` stands for, followed by `>` and `label`
    /// (for `label` alone when `parent` is `nil`), without reading the parent's bytes again.
    static func pathValue(continuing parent: UInt64?, label: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let parent else { return fnv1a(label, skippingDigits: true) }
        return fnv1a(label, continuing: fnv1a(CollectionOfOne(UInt8(ascii: ">")), continuing: parent, skippingDigits: true),
                     skippingDigits: true)
    }

    private static func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes, continuing start: UInt64 = 0xcbf2_9ce4_8422_2325,
                                                      skippingDigits: Bool) -> UInt64 {
        var hash = start
        for byte in bytes where !(skippingDigits && byte >= 48 && byte <= 57) {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
