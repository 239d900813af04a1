import Foundation

/// Canonical decompositions of the precomposed Latin, Greek and Cyrillic letters (Latin-1
/// Supplement, Latin Extended A/B, Greek, Cyrillic, Latin Extended Additional — Vietnamese lives
/// there), computed once with Foundation so folding needs no per-string normalisation call.
enum LatinDecomposition {
    static let table: [UInt32: [UInt32]] = {
        var table: [UInt32: [UInt32]] = [:]
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x0370...0x04FF, 0x1E00...0x1FFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
                if decomposed != [value] { table[value] = decomposed }
            }
        }
        return table
    }()
}
