/// Something that reads a parsed document as it is walked: ``BlockBuilder``, ``MetadataCollector``.
///
/// The libxml2 parser calls these directly while it walks its tree, so no event array is built;
/// the tag-soup parser's ``MarkupEvent``s are fed through ``consume(_:)``. Calls are balanced as
/// ``MarkupEvent``s are.
protocol MarkupConsumer {
    /// An element opens.
    mutating func start(_ element: MarkupElement)
    /// Character data (entities already decoded).
    mutating func text(_ text: String)
    /// The innermost open element closes.
    mutating func end(_ tag: HTMLTag)
}

extension MarkupConsumer {
    /// Feeds one event.
    mutating func consume(_ event: MarkupEvent) {
        switch event {
        case .start(let element): start(element)
        case .text(let string): text(string)
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

    mutating func text(_ text: String) {
        builder.text(text)
        collector.text(text)
    }

    mutating func end(_ tag: HTMLTag) {
        builder.end(tag)
        collector.end(tag)
    }
}
