#if LibXML2
internal import CLibXML2

/// The one wrapper around libxml2. No libxml2 type or pointer leaves this file.
///
/// ``parse(_:into:)`` runs libxml2's HTML parser with SAX callbacks and hands what they report
/// straight to a ``MarkupConsumer``, so no tree is built. The callbacks reproduce what walking
/// the tree libxml2 would otherwise build gives (``treeEvents(_:)``, kept as the reference the
/// tests compare with): adjacent text runs joined into one text node, text outside any element
/// dropped, a second top-level element nested in the first when no doctype or comment came
/// before it, element names without a namespace prefix, and HTML5 void elements that libxml2
/// 2.9 leaves open (`source`, `track`, `wbr`) closed at once. `XML_PARSE_HUGE` keeps libxml2
/// from dropping content nested deeper than 256 levels; nothing here recurses.
struct LibXML2Parser: Sendable {
    /// Whether ``parse(utf8:into:)`` hands libxml2 the page without the bytes no stage reads
    /// (see ``RawTextStripper``); the events are the same but for script and style text,
    /// `href` values outside `<link>` and the length of runs of blanks in text.
    var stripsRawText = false

    /// Parses `html` (handed to libxml2 as UTF-8) into balanced events; `nil` when libxml2 gives up.
    func events(_ html: String) -> [MarkupEvent]? {
        var recorder = MarkupEventRecorder()
        return parse(html, into: &recorder) ? recorder.events : nil
    }

    /// Parses `html` into `consumer`; false (with nothing consumed) when libxml2 gives up.
    func parse<Consumer: MarkupConsumer>(_ html: String, into consumer: inout Consumer) -> Bool {
        var source = html
        return source.withUTF8 { parse(utf8: $0, into: &consumer) }
    }

    /// Parses valid UTF-8 `bytes` into `consumer`; false (with nothing consumed) when libxml2 gives up.
    func parse<Consumer: MarkupConsumer>(utf8 bytes: UnsafeBufferPointer<UInt8>, into consumer: inout Consumer) -> Bool {
        if stripsRawText, let stripped = RawTextStripper().stripped(bytes) {
            return stripped.withUnsafeBufferPointer { parseAsGiven($0, into: &consumer) }
        }
        return parseAsGiven(bytes, into: &consumer)
    }

    private func parseAsGiven<Consumer: MarkupConsumer>(_ bytes: UnsafeBufferPointer<UInt8>, into consumer: inout Consumer) -> Bool {
        _ = Self.initialized
        // libxml2 keeps the error handler per thread: install the silent one on this thread.
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        let receiver = LibXML2TreeOrder.Feeding(consumer)
        let started: Bool = {
            guard let base = bytes.baseAddress, bytes.count > 0, bytes.count <= Int(Int32.max) else { return false }
            return UnsafeRawPointer(base).withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                // What htmlReadMemory does, with the SAX handler's tree-building callbacks replaced.
                guard let context = xmlCreateMemoryParserCtxt(chars, Int32(bytes.count)) else { return false }
                defer { xmlFreeParserCtxt(context) }
                guard Self.install(receiver, on: context) else { return false }
                htmlCtxtUseOptions(context, Self.options)
                context.pointee.html = 1
                // The bytes are UTF-8 already, libxml2's own encoding: switching to its UTF-8
                // handler would only copy them once more. Naming the input's encoding is what
                // keeps a `<meta charset>` from switching it. A start libxml2 sniffs as another
                // encoding (a zero byte) or a byte-order mark goes through the handler as before.
                if Self.startsPlainly(bytes) {
                    context.pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
                } else if let handler = xmlFindCharEncodingHandler("UTF-8") {
                    xmlSwitchToEncoding(context, handler)
                }
                if let input = context.pointee.input {
                    if let old = input.pointee.encoding {
                        var free: xmlFreeFunc?
                        _ = xmlMemGet(&free, nil, nil, nil)
                        free?(UnsafeMutableRawPointer(mutating: old))
                    }
                    input.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
                }
                htmlParseDocument(context)
                if let document = context.pointee.myDoc {
                    context.pointee.myDoc = nil
                    xmlFreeDoc(document)
                }
                return receiver.started
            }
        }()
        guard started else { return bytes.isEmpty }
        receiver.finish()
        consumer = receiver.consumer
        return true
    }

    /// The events of walking the tree libxml2 builds (`htmlReadMemory`): the reference the SAX
    /// path must reproduce, for tests; `nil` when libxml2 gives up.
    func treeEvents(_ html: String) -> [MarkupEvent]? {
        _ = Self.initialized
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        var source = html
        let document: htmlDocPtr? = source.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0, bytes.count <= Int(Int32.max) else { return nil }
            return UnsafeRawPointer(base).withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                htmlReadMemory($0, Int32(bytes.count), nil, "UTF-8", Self.options)
            }
        }
        guard let document else { return html.isEmpty ? [] : nil }
        defer { xmlFreeDoc(document) }
        var recorder = MarkupEventRecorder()
        var walker = Walker()
        walker.walk(document, into: &recorder)
        return recorder.events
    }

    private static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        | Int32(XML_PARSE_HUGE.rawValue)

    /// Whether libxml2's sniffing of the first four bytes (`xmlDetectCharEncoding`) can find
    /// nothing but UTF-8 in them: no zero byte (UTF-16 and UCS-4 patterns) and no byte-order mark.
    private static func startsPlainly(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.prefix(4).contains(0) && !bytes.starts(with: [0xEF, 0xBB, 0xBF])
    }

    /// `xmlInitParser` is not safe to race; run it once, before the first parse.
    private static let initialized: Void = { xmlInitParser() }()

    /// Gives `context` libxml2's HTML SAX handler (as htmlReadMemory does) with the callbacks
    /// that would build the tree pointed at `receiver` (found through the context's `_private`).
    private static func install(_ receiver: LibXML2TreeOrder, on context: htmlParserCtxtPtr) -> Bool {
        guard let sax = context.pointee.sax, let defaults = __htmlDefaultSAXHandler() else { return false }
        htmlDefaultSAXHandlerInit()
        UnsafeMutableRawPointer(sax).copyMemory(from: defaults, byteCount: MemoryLayout<xmlSAXHandlerV1>.size)
        context.pointee._private = Unmanaged.passUnretained(receiver).toOpaque()
        sax.pointee.startDocument = { treeOrder(of: $0)?.started = true }
        sax.pointee.endDocument = { treeOrder(of: $0)?.finish() }
        sax.pointee.internalSubset = { context, _, _, _ in treeOrder(of: context)?.doctype() }
        sax.pointee.externalSubset = nil
        sax.pointee.reference = nil
        sax.pointee.startElement = { context, name, attributes in treeOrder(of: context)?.start(name, attributes) }
        sax.pointee.endElement = { context, _ in treeOrder(of: context)?.end() }
        sax.pointee.characters = { context, bytes, count in treeOrder(of: context)?.characters(bytes, count, isCDATA: false) }
        sax.pointee.cdataBlock = { context, bytes, count in treeOrder(of: context)?.characters(bytes, count, isCDATA: true) }
        sax.pointee.comment = { context, _ in treeOrder(of: context)?.otherNode() }
        sax.pointee.processingInstruction = { context, _, _ in treeOrder(of: context)?.otherNode() }
        return true
    }
}

/// The ``LibXML2TreeOrder`` installed on the parser context a SAX callback receives.
private func treeOrder(of context: UnsafeMutableRawPointer?) -> LibXML2TreeOrder? {
    guard let opaque = context?.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return nil }
    return Unmanaged<LibXML2TreeOrder>.fromOpaque(opaque).takeUnretainedValue()
}

/// One walk over one document, with the name caches valid for its lifetime.
private struct Walker {
    private var tags = AddressCache<(name: String, tag: HTMLTag)>()

    mutating func walk<Consumer: MarkupConsumer>(_ document: htmlDocPtr, into consumer: inout Consumer) {
        // Tag and voidness of each element descended into, so climbing needs no lookups.
        var open: [(tag: HTMLTag, isVoid: Bool)] = []
        let documentNode = UnsafeMutableRawPointer(document)
        var current = document.pointee.children
        while let node = current {
            let isElement = node.pointee.type == XML_ELEMENT_NODE
            var isVoid = false
            var openedTag = HTMLTag.other
            if isElement {
                let opened = element(node)
                openedTag = opened.tag
                consumer.start(opened)
                // libxml2 2.9 nests what follows an HTML5 void element (`source`, `track`, `wbr`)
                // inside it; close it at once so its "children" read as its siblings.
                isVoid = opened.tag.isVoid
                if isVoid { consumer.end(openedTag) }
            } else if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE,
                      let content = node.pointee.content {
                text(content, into: &consumer)
            }
            if isElement, let child = node.pointee.children {
                open.append((openedTag, isVoid))
                current = child
                continue
            }
            if isElement && !isVoid { consumer.end(openedTag) }
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
                    let (parentTag, parentIsVoid) = open.popLast() ?? { let tag = name(parent).tag; return (tag, tag.isVoid) }()
                    if !parentIsVoid { consumer.end(parentTag) }
                }
                climbing = parent
            }
        }
    }

    /// Hands a text node's content to `consumer`: ASCII bytes as they are, other text through
    /// a String (which repairs any invalid UTF-8 as before).
    private func text<Consumer: MarkupConsumer>(_ content: UnsafePointer<xmlChar>, into consumer: inout Consumer) {
        let bytes = UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
        if ASCII.isASCII(bytes) {
            consumer.text(bytes)
        } else {
            var string = String(cString: content)
            string.withUTF8 { consumer.text($0) }
        }
    }

    /// The lower-cased name and tag of an element, converted once per distinct name pointer.
    private mutating func name(_ node: xmlNodePtr) -> (name: String, tag: HTMLTag) {
        guard let raw = node.pointee.name else { return ("", HTMLTag(name: "")) }
        let address = UInt(bitPattern: raw)
        if let known = tags[address] { return known }
        let name = String(cString: raw).lowercased()
        let made = (name, HTMLTag(name: name))
        tags[address] = made
        return made
    }

    private mutating func element(_ node: xmlNodePtr) -> MarkupElement {
        let (name, tag) = name(node)
        var element = MarkupElement(name: name, tag: tag, attributes: MarkupAttributes())
        var property = node.pointee.properties
        while let attribute = property {
            property = attribute.pointee.next
            guard let kept = keptAttribute(attribute), element.attributes[kept] == nil else { continue }
            element.attributes[kept] = value(of: attribute)
        }
        return element
    }

    /// The kept attribute an attribute node names, if any. libxml2 copies HTML attribute names
    /// per node (no dictionary), so they are matched as bytes. Names longer than every kept one
    /// (data-*, most of them) are not read further; lower-casing never shortens a name to a kept
    /// one (the only letter whose lower case is ASCII from a longer form is KELVIN SIGN's k, in
    /// no kept name).
    private func keptAttribute(_ attribute: xmlAttrPtr) -> MarkupAttribute? {
        guard let raw = attribute.pointee.name else { return nil }
        let length = Int(xmlStrlen(raw))
        guard length <= MarkupEvent.longestKeptAttribute else { return nil }
        return MarkupAttribute(lowercasing: UnsafeBufferPointer(start: raw, count: length))
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
