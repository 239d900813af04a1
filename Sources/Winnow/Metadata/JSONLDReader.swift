import Foundation

/// Reads the article facts from a page's JSON-LD (`<script type="application/ld+json">`):
/// headline, author names, publication date, publisher name, description and the article text
/// the page declares (`articleBody`).
///
/// Tolerates `@graph`, top-level arrays, `@id` references and invalid JSON (ignored). The walk
/// over the JSON is a loop, not recursion.
struct JSONLDReader: Sendable {
    /// What the JSON-LD says about the article.
    struct Facts: Sendable, Hashable {
        var headline: String?
        var author: String?
        var published: String?
        var publisher: String?
        var description: String?
        /// The `@type` of the object the facts come from (its first, when it has several).
        var type: String?
        /// The longest `articleBody` of any object, character references decoded.
        var articleBody: String?
    }

    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "scholarlyarticle", "techarticle", "webpage", "report", "liveblogposting",
    ]

    /// The facts from the first article-like object across all scripts, else from the first object with a headline.
    func read(_ scripts: [String]) -> Facts {
        var objects: [JSONValue] = []
        for script in scripts { objects += Self.objects(in: script) }
        var identified: [String: JSONValue] = [:]
        for object in objects {
            if let id = object["@id"]?.string, identified[id] == nil { identified[id] = object }
        }
        let body = objects.lazy.compactMap { $0["articleBody"]?.string }.max { $0.utf8.count < $1.utf8.count }
        let article = objects.first { Self.types(of: $0).contains { Self.articleTypes.contains($0) && $0 != "webpage" } }
            ?? objects.first { $0["headline"] != nil }
            ?? objects.first { Self.types(of: $0).contains("webpage") }
        let articleBody = body.flatMap { text -> String? in
            var text = text
            let decoded = Self.strippingTags(text.withUTF8 { HTMLEntities.decode($0) })
            return decoded.isEmpty ? nil : decoded
        }
        guard let article else { return Facts(articleBody: articleBody) }
        func resolve(_ value: JSONValue?) -> JSONValue? {
            if let object = value?.object, object.count == 1, let id = object["@id"]?.string {
                return identified[id] ?? value
            }
            return value
        }
        var facts = Facts(articleBody: articleBody)
        facts.headline = Self.string(article["headline"]) ?? Self.string(article["name"])
        facts.published = Self.string(article["datePublished"]) ?? Self.string(article["dateCreated"])
        facts.description = Self.string(article["description"])
        let authors = (article["author"]?.array ?? [article["author"]].compactMap { $0 }).compactMap { Self.name(resolve($0)) }
        facts.author = authors.isEmpty ? nil : authors.joined(separator: ", ")
        facts.publisher = Self.name(resolve(article["publisher"]))
        let type = article["@type"]
        facts.type = (type?.array?.first ?? type)?.string
        return facts
    }

    /// Every JSON object in one script, `@graph` members and array elements included.
    private static func objects(in script: String) -> [JSONValue] {
        guard let root = parse(script) else { return [] }
        var found: [JSONValue] = []
        var pending: [JSONValue] = [root]
        while let value = pending.popLast() {
            switch value {
            case .array(let elements):
                pending.append(contentsOf: elements.reversed())
            case .object:
                found.append(value)
                if let graph = value["@graph"] { pending.append(graph) }
            case .string, .number, .boolean, .null:
                break
            }
        }
        return found
    }

    private static func parse(_ script: String) -> JSONValue? {
        var trimmed = trimmingWhiteSpace(script)
        for (prefix, suffix) in [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")]
        where trimmed.hasPrefix(prefix) && trimmed.hasSuffix(suffix) {
            trimmed = String(trimmed.dropFirst(prefix.count).dropLast(suffix.count))
        }
        if let value = JSONValue.parse(trimmed) { return value }
        // Raw line breaks inside strings are the commonest breakage: retry with them as spaces.
        let repaired = String(trimmed.unicodeScalars.map { $0.value < 0x20 ? " " : Character($0) })
        return JSONValue.parse(repaired)
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation when ASCII
    /// white space is trimmed up to an ASCII character that is not (as in nearly every script).
    private static func trimmingWhiteSpace(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { !ASCII.isWhiteSpace($0) }),
              let last = utf8.lastIndex(where: { !ASCII.isWhiteSpace($0) }),
              utf8[first] < 0x80, utf8[last] < 0x80 else {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return String(text[first...last])
    }

    /// `text` without the markup some publishers leave in `articleBody` (`<p>`, `<a href=…>`,
    /// also when written as `&lt;p&gt;`): each `<` that opens a tag (a letter, `/` or `!`
    /// follows it) through the next `>` becomes a space. A `<` in prose ("a < b") stays.
    ///
    /// ```swift
    /// JSONLDReader.strippingTags("<p>One <a href=\"/x\">two</a></p>") // " One  two  "
    /// ```
    ///
    /// - Complexity: O(*n*): once no `>` follows a `<`, none follows a later one either.
    static func strippingTags(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.contains(UInt8(ascii: "<")) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var index = 0
            var closes = true
            while index < bytes.count {
                let byte = bytes[index]
                if closes, byte == UInt8(ascii: "<"), index + 1 < bytes.count,
                   case let next = bytes[index + 1], ASCII.isLetter(next) || next == ASCII.slash || next == ASCII.bang {
                    if let close = bytes[(index + 1)...].firstIndex(of: ASCII.greaterThan) {
                        output.append(UInt8(ascii: " "))
                        index = close + 1
                        continue
                    }
                    closes = false
                }
                output.append(byte)
                index += 1
            }
            return String(decoding: output, as: UTF8.self)
        } ?? text
    }

    private static func types(of object: JSONValue) -> [String] {
        let type = object["@type"]
        return (type?.array ?? [type].compactMap { $0 }).compactMap { $0.string?.lowercased() }
    }

    private static func name(_ value: JSONValue?) -> String? {
        if case .object? = value { return string(value?["name"]) }
        return string(value)
    }

    private static func string(_ value: JSONValue?) -> String? {
        let text = value?.string ?? value?.array?.first?.string
        let folded = text.map(WhitespaceWords.folded)
        return folded?.isEmpty == false ? folded : nil
    }
}
