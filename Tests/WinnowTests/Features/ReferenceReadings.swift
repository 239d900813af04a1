@testable import Winnow

/// The straightforward readings the byte-wise fast paths replaced, kept as oracles: the fast
/// paths must give exactly what these give.
enum ReferenceReadings {
    /// Counts as `FeatureExtractor.measure` took them scalar by scalar and word by word.
    static func counts(_ text: String, stopwords: Stopwords) -> [Int] {
        var characters = 0, punctuation = 0, digits = 0, sentences = 0, cjk = 0
        for scalar in text.unicodeScalars {
            characters += 1
            switch scalar {
            case ".", "!", "?", "。", "！", "？":
                punctuation += 1
                sentences += 1
            case ",", ";", ":", "、", "，":
                punctuation += 1
            default:
                if scalar.isASCII ? scalar.value &- 0x30 < 10 : scalar.properties.numericType != nil { digits += 1 }
                if FeatureExtractor.isCJK(scalar.value) { cjk += 1 }
            }
        }
        var words = 0, stop = 0, capitalized = 0
        for word in text.split(separator: " ") {
            words += 1
            if stopwords.contains(word) { stop += 1 }
            if word.first?.isUppercase == true { capitalized += 1 }
        }
        return [characters, punctuation, digits, sentences, cjk, words, stop, capitalized]
    }

    /// Folding as `TextFolding` did it scalar by scalar, with Unicode properties per scalar.
    static func fold(_ text: String, keepDigits: Bool) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false, emitted = false
        func letter(_ scalars: [Unicode.Scalar]) {
            if pendingSpace && emitted { result.append(" ") }
            pendingSpace = false
            emitted = true
            result.append(contentsOf: scalars)
        }
        func part(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                switch scalar.value {
                case 0x41...0x5A: letter([Unicode.Scalar(UInt8(scalar.value + 32))])
                case 0x61...0x7A: letter([scalar])
                case 0x30...0x39: if keepDigits { letter([scalar]) }
                default: pendingSpace = true
                }
                return
            }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return
            default: break
            }
            if properties.isAlphabetic || (keepDigits && properties.numericType != nil) {
                letter(lowercase(scalar))
            } else if properties.numericType == nil {
                pendingSpace = true
            }
        }
        for scalar in text.unicodeScalars {
            if let mapped = LatinDecomposition.table[scalar.value] {
                for value in mapped { if let piece = Unicode.Scalar(value) { part(piece) } }
            } else {
                part(scalar)
            }
        }
        return String(result)
    }

    private static func lowercase(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        switch scalar {
        case "đ", "Đ": return ["d"]
        case "ß": return ["s", "s"]
        case "ø", "Ø": return ["o"]
        case "ł", "Ł": return ["l"]
        case "æ", "Æ": return ["a", "e"]
        default: return Array(scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }
}
