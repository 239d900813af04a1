#if LibXML2
internal import CLibXML2

/// The one wrapper around libxml2: parses HTML into a document, walks it into
/// ``MarkupEvent``s and frees it before returning. No libxml2 type or pointer leaves this file.
///
/// The walk follows `children` / `next` / `parent` pointers in a loop, so nesting depth costs
/// no stack; `XML_PARSE_HUGE` keeps libxml2 from dropping content nested deeper than 256 levels.
struct LibXML2Parser: Sendable {
    /// Parses `html` (handed to libxml2 as UTF-8) into balanced events; `nil` when libxml2 gives up.
    func events(_ html: String) -> [MarkupEvent]? {
        _ = Self.initialized
        // libxml2 keeps the error handler per thread: install the silent one on this thread.
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
            | Int32(XML_PARSE_HUGE.rawValue)
        var source = html
        let document: htmlDocPtr? = source.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0, bytes.count <= Int(Int32.max) else { return nil }
            return UnsafeRawPointer(base).withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                htmlReadMemory($0, Int32(bytes.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return html.isEmpty ? [] : nil }
        defer { xmlFreeDoc(document) }
        return walk(document)
    }

    /// `xmlInitParser` is not safe to race; run it once, before the first parse.
    private static let initialized: Void = { xmlInitParser() }()

    private func walk(_ document: htmlDocPtr) -> [MarkupEvent] {
        var events: [MarkupEvent] = []
        // Name and voidness of each element descended into, so climbing needs no lookups.
        var open: [(name: String, isVoid: Bool)] = []
        let documentNode = UnsafeMutableRawPointer(document)
        var current = document.pointee.children
        while let node = current {
            let isElement = node.pointee.type == XML_ELEMENT_NODE
            var isVoid = false
            var openedName = ""
            if isElement {
                let opened = element(node)
                openedName = opened.name
                events.append(.start(opened))
                // libxml2 2.9 nests what follows an HTML5 void element (`source`, `track`, `wbr`)
                // inside it; close it at once so its "children" read as its siblings.
                isVoid = HTMLElements.void.contains(opened.name)
                if isVoid { events.append(.end(opened.name)) }
            } else if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE,
                      let content = node.pointee.content {
                events.append(.text(String(cString: content)))
            }
            if isElement, let child = node.pointee.children {
                open.append((openedName, isVoid))
                current = child
                continue
            }
            if isElement && !isVoid { events.append(.end(openedName)) }
            // Climb until a sibling exists, closing each parent on the way.
            var climbing = node
            current = nil
            while true {
                if let next = climbing.pointee.next {
                    current = next
                    break
                }
                guard let parent = climbing.pointee.parent, UnsafeMutableRawPointer(parent) != documentNode else { break }
                if parent.pointee.type == XML_ELEMENT_NODE {
                    // Only elements are descended into, so the parent is the last one opened.
                    let (parentName, parentIsVoid) = open.popLast() ?? (name(parent), HTMLElements.void.contains(name(parent)))
                    if !parentIsVoid { events.append(.end(parentName)) }
                }
                climbing = parent
            }
        }
        return events
    }

    private func name(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    private func element(_ node: xmlNodePtr) -> MarkupElement {
        var element = MarkupElement(name: name(node))
        var property = node.pointee.properties
        while let attribute = property {
            property = attribute.pointee.next
            // Names longer than every kept one (data-*, most of them) are skipped unread; lower-casing
            // never shortens a name to a kept one (the only letter whose lower case is ASCII from a
            // longer form is KELVIN SIGN's k, in no kept name).
            guard let rawName = attribute.pointee.name,
                  Int(xmlStrlen(rawName)) <= MarkupEvent.longestKeptAttribute else { continue }
            let key = String(cString: rawName).lowercased()
            guard MarkupEvent.keptAttributes.contains(key), element.attributes[key] == nil else { continue }
            element.attributes[key] = value(of: attribute)
        }
        return element
    }

    /// An attribute's value: the concatenated content of its text children (no allocation to free).
    private func value(of attribute: xmlAttrPtr) -> String {
        var result = ""
        var child = attribute.pointee.children
        while let node = child {
            if let content = node.pointee.content { result += String(cString: content) }
            child = node.pointee.next
        }
        return result
    }
}
#endif
