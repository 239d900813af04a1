#if LibXML2
import Foundation

/// Turns what libxml2's SAX callbacks report into the events a walk of the tree libxml2 would
/// build gives (see ``LibXML2Parser``, which installs the callbacks; names, attributes and text
/// arrive as the C strings libxml2 hands them, as UTF-8 bytes).
///
/// A non-generic class, as C callbacks can be neither generic nor capturing; ``Feeding``
/// forwards to a consumer.
///
/// Its stored properties are `@exclusivity(unchecked)`: a class's properties are otherwise
/// checked at run time on every access (`swift_beginAccess`, about 1.5% of a run), and one
/// instance serves one parse on one thread, whose callbacks never re-enter one another.
class LibXML2TreeOrder {
    @exclusivity(unchecked) var started = false
    @exclusivity(unchecked) private var tags = AddressCache<(name: String, tag: HTMLTag)>()
    /// The kept attribute (or none) each attribute name string stands for: libxml2 hands
    /// attribute names lower-cased from its dictionary, one string per name per document.
    @exclusivity(unchecked) private var attributeNames = AddressCache<MarkupAttribute?>()
    /// The kept attributes of the element being started.
    @exclusivity(unchecked) private var kept = MarkupAttributes()
    /// libxml2's open elements: tag, whether already reported closed (void), whether its end
    /// waits for the end of the document (the first top-level element).
    @exclusivity(unchecked) private var open: [(tag: HTMLTag, isVoid: Bool, isFirst: Bool)] = []
    /// The current text node: its bytes, whether it is CDATA, whether one is open.
    @exclusivity(unchecked) private var text: [UInt8] = []
    @exclusivity(unchecked) private var textIsCDATA = false
    @exclusivity(unchecked) private var hasText = false
    /// What the document's first child is: a later top-level element goes inside it when it is
    /// an element (libxml2's SAX2 start-element rule), else beside it.
    @exclusivity(unchecked) private var firstChild = FirstChild.none
    @exclusivity(unchecked) private var pendingEnd: HTMLTag?
    private enum FirstChild { case none, element, other }

    /// Overridden by ``Feeding``.
    func emitStart(_ element: MarkupElement) {}
    func emitText(_ utf8: UnsafeBufferPointer<UInt8>) {}
    func emitEnd(_ tag: HTMLTag) {}

    func start(_ rawName: UnsafePointer<UInt8>?, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        flushText()
        var isFirst = false
        if open.isEmpty {
            switch firstChild {
            case .none:
                firstChild = .element
                isFirst = true
            case .element: break
            case .other: emitPendingEnd()
            }
        }
        let (name, tag) = self.name(rawName)
        // The attributes' storage is reused: the element holding it is gone after `emitStart`.
        kept.removeAll()
        var index = 0
        while let attributeName = attributes?[index] {
            let value = attributes?[index + 1]
            index += 2
            guard let attribute = keptAttribute(attributeName) else { continue }
            kept.keepFirst(attribute) { value.map { String(cString: $0) } ?? "" }
        }
        emitStart(MarkupElement(name: name, tag: tag, attributes: kept))
        // libxml2 2.9 nests what follows an HTML5 void element (`source`, `track`, `wbr`)
        // inside it; close it at once so its "children" read as its siblings.
        if tag.isVoid { emitEnd(tag) }
        open.append((tag, tag.isVoid, isFirst))
    }

    func end() {
        flushText()
        guard let closed = open.popLast(), !closed.isVoid else { return }
        if closed.isFirst {
            pendingEnd = closed.tag
        } else {
            emitEnd(closed.tag)
        }
    }

    func characters(_ bytes: UnsafePointer<UInt8>?, _ count: Int32, isCDATA: Bool) {
        // The tree has no place for text outside every element.
        guard !open.isEmpty else { return }
        if hasText && textIsCDATA != isCDATA { flushText() }
        hasText = true
        textIsCDATA = isCDATA
        if let bytes, count > 0 { text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(count))) }
    }

    /// A comment or processing instruction: a node that separates text nodes.
    func otherNode() {
        flushText()
        if open.isEmpty && firstChild == .none { firstChild = .other }
    }

    /// libxml2 puts the document type node first among the document's children.
    func doctype() { firstChild = .other }

    /// Ends the document: elements libxml2 left open (it stops reporting after a fatal error)
    /// close, as a walk of the tree closes them.
    func finish() {
        flushText()
        while !open.isEmpty { end() }
        emitPendingEnd()
    }

    private func emitPendingEnd() {
        if let tag = pendingEnd {
            pendingEnd = nil
            emitEnd(tag)
        }
    }

    private func flushText() {
        guard hasText else { return }
        hasText = false
        defer { text.removeAll(keepingCapacity: true) }
        text.withUnsafeBufferPointer { buffer in
            // A text node's content is read as a C string: up to the first zero byte.
            var end = buffer.count
            if let base = buffer.baseAddress, let zero = memchr(base, 0, buffer.count) {
                end = base.distance(to: zero.assumingMemoryBound(to: UInt8.self))
            }
            let content = UnsafeBufferPointer(rebasing: buffer[..<end])
            // Valid UTF-8 is what a String of it would hold; anything else is repaired by one.
            if ASCII.isASCII(content) || UTF8Survey.isValid(content) {
                emitText(content)
            } else {
                var string = String(decoding: content, as: UTF8.self)
                string.withUTF8 { emitText($0) }
            }
        }
    }

    /// The kept attribute an attribute name names, if any; read once per distinct name pointer.
    private func keptAttribute(_ raw: UnsafePointer<UInt8>) -> MarkupAttribute? {
        let address = UInt(bitPattern: raw)
        if let known = attributeNames[address] { return known }
        let length = strlen(UnsafeRawPointer(raw).assumingMemoryBound(to: CChar.self))
        let attribute = length <= MarkupEvent.longestKeptAttribute
            ? MarkupAttribute(lowercasing: UnsafeBufferPointer(start: raw, count: length)) : nil
        attributeNames[address] = .some(attribute)
        return attribute
    }

    /// The lower-cased element name, without a namespace prefix as libxml2's tree stores it,
    /// and its tag; converted once per distinct name pointer.
    private func name(_ raw: UnsafePointer<UInt8>?) -> (name: String, tag: HTMLTag) {
        guard let raw else { return ("", HTMLTag(name: "")) }
        let address = UInt(bitPattern: raw)
        if let known = tags[address] { return known }
        let name = Self.localName(String(cString: raw)).lowercased()
        let made = (name, HTMLTag(name: name))
        tags[address] = made
        return made
    }

    /// `prefix:name` → `name`, as xmlSplitQName splits element names (a name starting or ending
    /// with the colon keeps it).
    static func localName(_ name: String) -> String {
        let utf8 = name.utf8
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")), colon != utf8.startIndex,
              utf8.index(after: colon) != utf8.endIndex else { return name }
        return String(name[utf8.index(after: colon)...])
    }
}

extension LibXML2TreeOrder {
    /// A ``LibXML2TreeOrder`` feeding one consumer.
    final class Feeding<Consumer: MarkupConsumer>: LibXML2TreeOrder {
        @exclusivity(unchecked) var consumer: Consumer

        init(_ consumer: Consumer) { self.consumer = consumer }

        override func emitStart(_ element: MarkupElement) { consumer.start(element) }
        override func emitText(_ utf8: UnsafeBufferPointer<UInt8>) { consumer.text(utf8) }
        override func emitEnd(_ tag: HTMLTag) { consumer.end(tag) }
    }
}

/// Collects events as ``MarkupEvent``s.
struct MarkupEventRecorder: MarkupConsumer {
    var events: [MarkupEvent] = []
    /// Names of the open elements, for the end events.
    private var open: [String] = []

    mutating func start(_ element: MarkupElement) {
        events.append(.start(element))
        open.append(element.name)
    }

    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) { events.append(.text(String(decoding: utf8, as: UTF8.self))) }

    mutating func end(_ tag: HTMLTag) { events.append(.end(open.popLast() ?? "")) }
}
#endif
