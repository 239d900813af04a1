import CLibXML2Floor

/// libxml2's HTML parser called directly, with nothing done on the result: the floor under any
/// libxml2-based extraction. Two variants: building the tree (what Winnow's libxml2 segmenter
/// starts from) and a SAX pass whose handler is empty (parsing without building anything).
///
/// Both use the options Winnow's segmenter uses: recover, no error or warning output, no
/// network, and `XML_PARSE_HUGE` (without it libxml2 2.9 drops content nested past 256 levels).
///
/// ```swift
/// LibXML2Floor.silenceErrors()
/// LibXML2Floor.parseTree(bytes)
/// LibXML2Floor.parseSAX(bytes)
/// ```
enum LibXML2Floor {
    /// The parser options, as Winnow's segmenter passes them.
    static let options = Int32(bitPattern:
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue)

    /// The libxml2 version compiled against, such as `"2.9.14"`.
    static let version = LIBXML_DOTTED_VERSION

    /// Initialises libxml2 and installs a no-op error handler for the calling thread, so that
    /// "encoding error" lines are neither printed nor timed.
    static func silenceErrors() {
        xmlInitParser()
        xmlSetStructuredErrorFunc(nil) { _, _ in }
    }

    /// Parses a page into a libxml2 tree and frees it (`htmlReadMemory` + `xmlFreeDoc`).
    /// Returns whether a document came back.
    @discardableResult
    static func parseTree(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress, let size = Int32(exactly: buffer.count) else { return false }
            let document = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, size, nil, nil, options)
            }
            guard let document else { return false }
            xmlFreeDoc(document)
            return true
        }
    }

    /// Runs libxml2's push parser over a page with an all-empty SAX handler: tokenising and
    /// tree-building decisions without a tree (`htmlCreatePushParserCtxt` + `htmlParseChunk`).
    /// Returns whether a parser context could be made.
    @discardableResult
    static func parseSAX(_ bytes: [UInt8]) -> Bool {
        var handler = htmlSAXHandler()
        return bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress, let size = Int32(exactly: buffer.count) else { return false }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chunk -> Bool in
                guard let context = htmlCreatePushParserCtxt(&handler, nil, nil, 0, nil, XML_CHAR_ENCODING_NONE)
                else { return false }
                defer { htmlFreeParserCtxt(context) }
                _ = htmlCtxtUseOptions(context, options)
                _ = htmlParseChunk(context, chunk, size, 0)
                _ = htmlParseChunk(context, nil, 0, 1)
                if let document = context.pointee.myDoc {
                    xmlFreeDoc(document)
                    context.pointee.myDoc = nil
                }
                return true
            }
        }
    }
}
