/// ``TextFolding``'s reading of each common non-ASCII scalar (those ``ScalarTables`` tables:
/// Latin, Greek, Cyrillic, Vietnamese, punctuation, kana), worked out once from the same rules, so folding a text
/// needs no Unicode property lookup or lower-case mapping per scalar.
///
/// A scalar reads as parts (a precomposed letter decomposes first): a letter with its folded
/// form, a number with its folded form (kept only for slugs), or a word break; marks read as
/// nothing.
///
/// ```swift
/// FoldTable.shared.parts(of: 0x1EC7) // "ệ": [letter "e"]
/// ```
struct FoldTable: Sendable {
    /// One part of a scalar's reading.
    struct Part: Sendable {
        enum Kind: UInt8, Sendable { case letter, number, space }
        var kind: Kind
        /// How many of `outputs` are used.
        var count: UInt8 = 0
        var outputs: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) = (" ", " ", " ")
    }

    /// Scalars from 0x80 below this value may be tabled: those with a ``ScalarTables/slot(_:)``.
    static let limit: UInt32 = 0x3100

    /// The table, built once.
    static let shared = FoldTable()

    /// Each scalar's first part in ``parts``; one extra entry closes the last.
    private let starts: [Int32]
    private let allParts: [Part]

    private init() {
        var starts: [Int32] = []
        var allParts: [Part] = []
        starts.reserveCapacity(ScalarTables.slotCount + 1)
        for value in UInt32(0)..<Self.limit {
            guard let slot = ScalarTables.slot(value) else { continue }
            assert(slot == starts.count, "slots run in scalar order")
            starts.append(Int32(allParts.count))
            guard value >= 0x80 else { continue }
            for partValue in LatinDecomposition.table[value] ?? [value] {
                guard let scalar = Unicode.Scalar(partValue), let part = Self.part(scalar) else { continue }
                allParts.append(part)
            }
        }
        starts.append(Int32(allParts.count))
        self.starts = starts
        self.allParts = allParts
    }

    /// The parts of a tabled scalar (0x80 or more, with a slot), or `nil` when it is not tabled.
    @inline(__always)
    func parts(of value: UInt32) -> ArraySlice<Part>? {
        guard let slot = ScalarTables.slot(value) else { return nil }
        return allParts[Int(starts[slot])..<Int(starts[slot + 1])]
    }

    /// One scalar's part, as `TextFolding.State` reads it; `nil` for a mark.
    private static func part(_ scalar: Unicode.Scalar) -> Part? {
        if scalar.isASCII {
            switch scalar.value {
            case 0x41...0x5A: return letter(.letter, [Unicode.Scalar(UInt8(scalar.value + 32))])
            case 0x61...0x7A: return letter(.letter, [scalar])
            case 0x30...0x39: return letter(.number, [scalar])
            default: return Part(kind: .space)
            }
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return nil
        default: break
        }
        if properties.isAlphabetic { return letter(.letter, TextFolding.lowercased(scalar)) }
        if properties.numericType != nil { return letter(.number, TextFolding.lowercased(scalar)) }
        return Part(kind: .space)
    }

    private static func letter(_ kind: Part.Kind, _ outputs: [Unicode.Scalar]) -> Part {
        precondition(outputs.count <= 3, "a folded scalar has at most three scalars")
        var part = Part(kind: kind, count: UInt8(outputs.count))
        if outputs.count > 0 { part.outputs.0 = outputs[0] }
        if outputs.count > 1 { part.outputs.1 = outputs[1] }
        if outputs.count > 2 { part.outputs.2 = outputs[2] }
        return part
    }
}
