import Foundation
import Testing
@testable import Winnow

private func blocks(_ text: String) -> [TextBlock] {
    text.split(whereSeparator: \.isNewline).map { TextBlock(text: String($0), kind: .paragraph) }
}

private let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Test(arguments: ["baoquocte-syria-lavrov.txt", "baoquocte-syria-dunford.txt"])
func seedPagesAreVietnamese(file: String) throws {
    let url = repositoryRoot.appendingPathComponent("../shared/seeds/\(file)")
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(LanguageIdentifier().identify(blocks(text), declared: nil) == "vi")
    #expect(LanguageIdentifier().identify(blocks(text), declared: "en") == "vi")
}

@Test(arguments: [
    ("en", "The committee said on Monday that it would not change the rules, because the members of the board were still divided about what should happen next."),
    ("de", "Die Regierung hat am Montag angekündigt, dass sie die Regeln nicht ändern wird, weil die Mitglieder des Ausschusses noch uneinig sind."),
    ("fr", "Le gouvernement a annoncé lundi qu'il ne changerait pas les règles, car les membres du comité sont encore divisés sur la suite."),
    ("es", "El gobierno anunció el lunes que no cambiará las reglas, porque los miembros del comité todavía están divididos sobre lo que debe pasar."),
])
func shortTextsAreIdentifiedByStopwords(expected: String, text: String) {
    #expect(LanguageIdentifier().identify(blocks(text), declared: nil) == expected)
}

@Test(arguments: [
    ("ja", "日本の政府は月曜日に新しい規則を発表しました。これは国民の生活に大きな影響を与えるでしょう。"),
    ("zh", "中国政府星期一宣布了新的规则，这将对人民的生活产生重大影响。"),
    ("ko", "정부는 월요일에 새로운 규칙을 발표했습니다."),
    ("ru", "Правительство объявило в понедельник о новых правилах."),
    ("el", "Η κυβέρνηση ανακοίνωσε τη Δευτέρα νέους κανόνες."),
    ("th", "รัฐบาลประกาศกฎใหม่ในวันจันทร์"),
])
func nonLatinScriptsNameTheirLanguage(expected: String, text: String) {
    #expect(LanguageIdentifier().identify(blocks(text), declared: nil) == expected)
}

@Test func cyrillicKeepsADeclaredCyrillicLanguage() {
    #expect(LanguageIdentifier().identify(blocks("Уряд оголосив нові правила в понеділок."), declared: "uk-UA") == "uk")
}

@Test func withoutEvidenceTheDeclaredLanguageIsNormalised() {
    #expect(LanguageIdentifier().identify(blocks("12345 Xyzzy Qwerty"), declared: "pt-BR") == "pt")
    #expect(LanguageIdentifier().identify(blocks("12345 Xyzzy Qwerty"), declared: nil) == nil)
    #expect(LanguageIdentifier().identify([], declared: nil) == nil)
}

@Test func kanjiHeavyJapaneseWithLittleKanaIsJapanese() {
    let text = "東京都知事選挙で現職知事が再選。投票率は前回選挙比で上昇した。政府関係者は結果を歓迎すると述べた。"
    #expect(LanguageIdentifier().identify(blocks(text), declared: nil) == "ja")
}
