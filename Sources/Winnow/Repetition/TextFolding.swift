/// Folds text for comparison: lower-case, diacritics removed (đ → d), digits and punctuation
/// dropped, white space collapsed to single spaces.
///
/// ```swift
/// TextFolding.fold("Đàm phán Nga - Mỹ") // "dam phan nga my"
/// ```
enum TextFolding {
    /// The folded form as a string, with digits dropped.
    static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in foldedScalars(text) { result.append(scalar) }
        return String(result)
    }

    /// The folded form as a string, keeping digits (for slug matching).
    static func slug(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in foldedScalars(text, keepDigits: true) { result.append(scalar) }
        return String(result)
    }

    /// The folded scalars: letters lower-cased without marks, one space between words, no
    /// leading or trailing space.
    static func foldedScalars(_ text: String, keepDigits: Bool = false) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.decomposedScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
                || properties.generalCategory == .enclosingMark {
                continue
            }
            if properties.isAlphabetic || (keepDigits && properties.numericType != nil) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                for lowered in TextFolding.lowercase(scalar) { out.append(lowered) }
            } else if properties.numericType != nil {
                continue
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    private static func lowercase(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        switch scalar {
        case "đ", "Đ": return ["d"]
        case "ß": return ["s", "s"]
        case "ø", "Ø": return ["o"]
        case "ł", "Ł": return ["l"]
        case "æ", "Æ": return ["a", "e"]
        default:
            if scalar.isASCII {
                let v = scalar.value
                return [(v >= 65 && v <= 90) ? Unicode.Scalar(v + 32)! : scalar]
            }
            return Array(scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }
}

extension String {
    /// The canonical decomposition's scalars (NFD) for Latin, Greek and Cyrillic letters.
    var decomposedScalars: [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar.isASCII {
                out.append(scalar)
            } else {
                Self.decompose(scalar, into: &out)
            }
        }
        return out
    }

    /// Decomposes through ``LatinDecomposition``; other scripts' scalars pass through unchanged.
    private static func decompose(_ scalar: Unicode.Scalar, into out: inout [Unicode.Scalar]) {
        if let mapped = LatinDecomposition.table[scalar.value] {
            for value in mapped { out.append(Unicode.Scalar(value)!) }
        } else {
            out.append(scalar)
        }
    }
}
