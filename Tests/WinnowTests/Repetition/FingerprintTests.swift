import Testing
@testable import Winnow

@Suite("Fingerprints and folding")
struct FingerprintTests {
    @Test("Case, diacritics, digits, punctuation and spacing do not change a fingerprint", arguments: [
        ("Đọc thêm", "doc them"),
        ("TIN LIÊN QUAN", "tin lien quan"),
        ("Giá vàng hôm nay 19/3/2026", "gia vang hom nay 20/3/2026"),
        ("  Read   more… ", "read more"),
    ])
    func equivalentTexts(_ pair: (String, String)) {
        #expect(Fingerprint(pair.0) == Fingerprint(pair.1))
    }

    @Test("Different words give different fingerprints")
    func differentTexts() {
        #expect(Fingerprint("Đọc thêm") != Fingerprint("Đọc nhiều"))
    }

    @Test("NFD and NFC spellings of Vietnamese fold alike")
    func normalisationForms() {
        let nfc = "Ngoại trưởng"
        let nfd = "Ngoa\u{0323}i tru\u{031B}o\u{031B}\u{0300}ng"
        #expect(Fingerprint(nfc) == Fingerprint(nfd))
        #expect(TextFolding.fold(nfd) == "ngoai truong")
    }

    @Test("Slugs keep digits, folds drop them")
    func slugKeepsDigits() {
        #expect(TextFolding.slug("Mỹ sẽ triển khai thêm 200 quân") == "my se trien khai them 200 quan")
        #expect(TextFolding.fold("Mỹ sẽ triển khai thêm 200 quân") == "my se trien khai them quan")
    }
}
