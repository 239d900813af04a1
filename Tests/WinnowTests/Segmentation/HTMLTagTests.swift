import Testing
@testable import Winnow

@Test func everyTagConstantIsTheTagOfItsName() {
    let constants: [HTMLTag] = [.a, .br, .html, .svg, .math, .title, .h1, .script, .meta, .link, .time]
    #expect(constants.map(\.index) == Array(1...HTMLTag.named.count))
    #expect(HTMLTag.named.map { HTMLTag(name: $0) } == constants)
    #expect(HTMLTag.br.isVoid && !HTMLTag.a.isVoid && HTMLTag(name: "x-widget") == .other)
}
