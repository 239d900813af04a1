/// The ``PathHints`` weights by the bytes of their words (an ``ASCIIWordTable``), so a path's
/// ASCII words are looked up from their bytes, without making a `String` or running `Hasher`
/// per word. Lookups are exact.
///
/// - Complexity: building is O(*n*) in the words; a lookup is O(word length) expected.
struct PathHintIndex: Sendable {
    private let table: ASCIIWordTable
    /// The weight of each entry.
    let weights: [Double]

    init(_ weights: [String: Double]) {
        let entries = Array(weights)
        table = ASCIIWordTable(entries.map(\.key))
        self.weights = entries.map(\.value)
    }

    /// The entry number of the word that `bytes` spell once their ASCII capitals are lowered
    /// (`bytes` hold ASCII letters only), or `nil` when it has no weight.
    @inline(__always)
    func entry(lowering bytes: UnsafeBufferPointer<UInt8>) -> Int? { table.entry(lowering: bytes) }
}
