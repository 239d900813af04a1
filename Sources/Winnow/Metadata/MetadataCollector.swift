import Foundation

/// Fills ``PageMetadata`` from the same ``MarkupEvent`` stream the blocks come from: `<title>`,
/// `<meta>` (name, property, itemprop, http-equiv, charset), `<link rel=canonical>`, `<html lang>`,
/// the first `<h1>`, `<time datetime>`, JSON-LD and the text of an `itemprop="articleBody"` element.
///
/// Where several sources give a field, the more specific wins (JSON-LD over OpenGraph over plain
/// `<meta>`), and within one source the first occurrence.
struct MetadataCollector: MarkupConsumer {
    private var values: [String: String] = [:]
    private var svgDepth = 0
    private var capture: Capture?
    private var captured = ""
    private var jsonLD: [String] = []
    /// The text of the first element marked `itemprop="articleBody"` (microdata) as UTF-8, once
    /// one opens.
    private var microdataBody: [UInt8]?
    /// Elements open inside that element (0 outside it), and those of them that hold no text
    /// (scripts, styles).
    private var microdataDepth = 0
    private var microdataSkipDepth = 0

    /// The element whose text is being collected.
    private enum Capture { case title, heading, jsonLD }

    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) {
        if capture != nil { captured += String(decoding: utf8, as: UTF8.self) }
        if microdataDepth > 0 && microdataSkipDepth == 0 { microdataBody?.append(contentsOf: utf8) }
    }

    mutating func start(_ element: MarkupElement) {
        let tag = element.tag
        let itemprop = element[.itemprop]?.lowercased()
        startMicrodataBody(element, itemprop: itemprop)
        if tag == .svg || tag == .math {
            svgDepth += 1
        } else if tag == .html {
            remember("html:lang", element[.lang])
        } else if tag == .title, svgDepth == 0 && values["title"] == nil && capture == nil {
            begin(.title)
        } else if tag == .h1, values["h1"] == nil && capture == nil {
            begin(.heading)
        } else if tag == .script, let type = element[.type], ASCII.contains(type.lowercased(), "ld+json") && capture == nil {
            begin(.jsonLD)
        } else if tag == .meta {
            meta(element)
        } else if tag == .link {
            let relations = element[.rel].map { Self.words($0.lowercased()) } ?? []
            if relations.contains("canonical") { remember("link:canonical", element[.href]) }
        } else if tag == .time {
            remember("time:datetime", element[.datetime])
        }
        if itemprop == "datepublished" {
            remember("itemprop:datepublished", element[.datetime] ?? element[.content])
        }
    }

    mutating func end(_ tag: HTMLTag) {
        if microdataDepth > 0 {
            microdataDepth -= 1
            if microdataSkipDepth > 0 { microdataSkipDepth -= 1 }
            if TagTraits.of(tag).isBlockLevel { microdataBody?.append(UInt8(ascii: " ")) }
        }
        if tag == .svg || tag == .math {
            svgDepth = max(0, svgDepth - 1)
            return
        }
        switch capture {
        case .title? where tag == .title: remember("title", captured)
        case .heading? where tag == .h1: remember("h1", captured)
        case .jsonLD? where tag == .script: jsonLD.append(captured)
        default: return
        }
        capture = nil
        captured = ""
    }

    /// Follows the first `itemprop="articleBody"` element: its text, with a space at each
    /// block-level element's edges so that paragraphs do not run together.
    private mutating func startMicrodataBody(_ element: MarkupElement, itemprop: String?) {
        if microdataDepth > 0 {
            let traits = TagTraits.of(element.tag)
            microdataDepth += 1
            if microdataSkipDepth > 0 || traits.isSkipped { microdataSkipDepth += 1 }
            if traits.isBlockLevel { microdataBody?.append(UInt8(ascii: " ")) }
        } else if microdataBody == nil, let itemprop, Self.words(itemprop).contains("articlebody") {
            if element.tag == .meta {
                // `<meta itemprop="articleBody" content="…">` gives the text in its content.
                microdataBody = element[.content].map { Array($0.utf8) }
            } else if !element.tag.isVoid {
                microdataBody = []
                microdataDepth = 1
            }
        }
    }

    private mutating func begin(_ kind: Capture) {
        capture = kind
        captured = ""
    }

    private mutating func meta(_ element: MarkupElement) {
        remember("charset", element[.charset])
        let content = element[.content]
        // Without content there is nothing to remember under the names.
        if content != nil {
            for attribute in [MarkupAttribute.name, .property, .itemprop] {
                guard let key = element[attribute] else { continue }
                for part in Self.words(key.lowercased()) { remember("meta:" + part, content) }
            }
        }
        switch element[.httpEquiv]?.lowercased() {
        case "content-language": remember("content-language", content)
        case "content-type":
            if let range = content?.lowercased().range(of: "charset=") {
                remember("charset", content.map { String($0[range.upperBound...]) })
            }
        default: break
        }
    }

    /// Keeps the first non-empty value for `key`, white space folded.
    private mutating func remember(_ key: String, _ value: String?) {
        guard values[key] == nil, let value else { return }
        let folded = WhitespaceWords.folded(value)
        if !folded.isEmpty { values[key] = folded }
    }

    /// The words of `text` split at white space (`Character.isWhitespace`); ASCII text byte-wise.
    private static func words(_ text: String) -> [Substring] {
        WhitespaceWords.split(text)
    }

    /// The metadata, each field from its best source.
    func finish() -> PageMetadata {
        let facts = JSONLDReader().read(jsonLD)
        func first(_ keys: String...) -> String? { keys.lazy.compactMap { values[$0] }.first }
        var metadata = PageMetadata()
        metadata.documentTitle = first("title")
        metadata.headline = facts.headline ?? first("meta:og:title", "meta:twitter:title")
        metadata.schemaType = facts.type
        metadata.articleBody = facts.articleBody ?? microdataBody.flatMap {
            $0.contains { !ASCII.isWhiteSpace($0) } ? String(decoding: $0, as: UTF8.self) : nil
        }
        metadata.firstHeading = first("h1")
        metadata.canonicalURL = first("link:canonical", "meta:og:url")
        metadata.siteName = first("meta:og:site_name") ?? facts.publisher ?? first("meta:application-name")
        metadata.description = first("meta:og:description", "meta:description") ?? facts.description
        let articleAuthor = first("meta:article:author").flatMap { $0.contains("://") ? nil : $0 }
        metadata.author = first("meta:author") ?? facts.author ?? articleAuthor
            ?? first("meta:dc.creator", "meta:byl", "meta:parsely-author")
        metadata.published = facts.published ?? first(
            "meta:article:published_time", "meta:og:published_time", "meta:datepublished", "itemprop:datepublished",
            "meta:pubdate", "meta:publishdate", "meta:date", "meta:dc.date", "meta:dc.date.issued",
            "meta:parsely-pub-date", "meta:sailthru.date", "time:datetime")
        metadata.declaredLanguage = first("html:lang", "content-language", "meta:og:locale")
        metadata.declaredCharset = first("charset").map { $0.trimmingCharacters(in: ["\"", "'", ";", " "]) }
        return metadata
    }
}
