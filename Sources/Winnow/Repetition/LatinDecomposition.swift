import Foundation

/// Canonical decompositions of the precomposed Latin, Greek and Cyrillic letters (Latin-1
/// Supplement, Latin Extended A/B, Greek, Cyrillic, Latin Extended Additional — Vietnamese lives
/// there), computed once with Foundation so folding needs no per-string normalisation call.
///
/// All the scalars are decomposed in one call, each followed by `|`: a starter that neither
/// composes nor decomposes, so canonical reordering never crosses it and each scalar's
/// decomposition stands between two bars.
enum LatinDecomposition {
    static let table: [UInt32: [UInt32]] = {
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x0370...0x04FF, 0x1E00...0x1FFF]
        let scalars = ranges.flatMap { $0.compactMap(Unicode.Scalar.init) }
        var joined = String.UnicodeScalarView()
        for scalar in scalars {
            joined.append(scalar)
            joined.append("|")
        }
        let pieces = String(joined).decomposedStringWithCanonicalMapping.unicodeScalars
            .split(separator: "|", omittingEmptySubsequences: false)
        var table: [UInt32: [UInt32]] = [:]
        guard pieces.count == scalars.count + 1 else { return oneByOne(scalars) }
        for (scalar, piece) in zip(scalars, pieces) {
            let decomposed = piece.map(\.value)
            if decomposed != [scalar.value] { table[scalar.value] = decomposed }
        }
        return table
    }()

    /// The table built scalar by scalar (the joined reading's fallback; it never differs).
    private static func oneByOne(_ scalars: [Unicode.Scalar]) -> [UInt32: [UInt32]] {
        var table: [UInt32: [UInt32]] = [:]
        for scalar in scalars {
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
            if decomposed != [scalar.value] { table[scalar.value] = decomposed }
        }
        return table
    }
}
