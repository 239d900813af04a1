/// A ``CleanupCheck`` that a reader made of a page's UTF-8 bytes while validating them, carried
/// with the ``Page`` (and a crawl record) so ``PageDecoder`` does not read the bytes again.
///
/// It is derived from the content, so it takes no part in equality or hashing; ``Page/content``
/// drops it when the content changes.
///
/// ```swift
/// let known = KnownCleanupCheck(Array("<p>Hi</p>".utf8).withUnsafeBufferPointer(CleanupCheck.init))
/// ```
package struct KnownCleanupCheck: Sendable, Hashable {
    /// The check, or `nil` when none was made.
    package var check: CleanupCheck?

    /// Carries `check`.
    package init(_ check: CleanupCheck? = nil) { self.check = check }

    /// Always equal: the check follows from the content it belongs to.
    package static func == (lhs: Self, rhs: Self) -> Bool { true }

    /// Adds nothing to the hash.
    package func hash(into hasher: inout Hasher) {}
}
