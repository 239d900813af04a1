/// Something that reads a parsed document as it is walked: ``BlockBuilder``, ``MetadataCollector``.
///
/// The libxml2 parser calls these directly while it walks its tree, so no event array is built;
/// the tag-soup parser's ``MarkupEvent``s are fed through ``consume(_:)``. Calls are balanced as
/// ``MarkupEvent``s are.
protocol MarkupConsumer {
    /// An element opens.
    mutating func start(_ element: MarkupElement)
    /// Character data (entities already decoded), as valid UTF-8: read it during the call only.
    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>)
    /// The innermost open element closes.
    mutating func end(_ tag: HTMLTag)
}

extension MarkupConsumer {
    /// Feeds one event.
    mutating func consume(_ event: MarkupEvent) {
        switch event {
        case .start(let element): start(element)
        case .text(let string):
            var string = string
            string.withUTF8 { text($0) }
        case .end(let name): end(HTMLTag(name: name))
        }
    }
}

/// Feeds one walk to both consumers of a page: its blocks and its metadata.
struct SegmentationConsumer: MarkupConsumer {
    var builder: BlockBuilder
    var collector: MetadataCollector

    mutating func start(_ element: MarkupElement) {
        builder.start(element)
        collector.start(element)
    }

    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) {
        builder.text(utf8)
        collector.text(utf8)
    }

    mutating func end(_ tag: HTMLTag) {
        builder.end(tag)
        collector.end(tag)
    }
}
