import Foundation
import Testing
@_spi(Training) @testable import Winnow

@Suite("The quick model-file reader reads what JSONDecoder reads, or declines")
struct ModelFileReaderTests {
    static func read(_ json: String) -> BlockModels? {
        Array(json.utf8).withUnsafeBufferPointer { ModelFileReader.models(from: $0) }
    }

    @Test("The shipped model file reads to the same models, weight for weight, as JSONDecoder's")
    func shippedFileMatchesJSONDecoder() throws {
        let url = Samples.root.appendingPathComponent("Sources/Winnow/Resources/model.json")
        let data = try Data(contentsOf: url)
        let quick = try #require(data.withUnsafeBytes { ModelFileReader.models(from: $0.bindMemory(to: UInt8.self)) })
        let decoded = try JSONDecoder().decode(BlockModels.self, from: data)
        #expect(quick == decoded)
        let pairs = [(quick.html, decoded.html), (quick.text, decoded.text)]
            + [(quick.container, decoded.container)].compactMap { a, b in a.flatMap { a in b.map { (a, $0) } } }
        for (a, b) in pairs { #expect(a.weights.map(\.bitPattern) == b.weights.map(\.bitPattern)) }
        for (word, weight) in quick.pathHints.weights {
            #expect(weight.bitPattern == decoded.pathHints.weights[word]?.bitPattern)
        }
    }

    @Test("A small file with numbers in every form reads as JSONDecoder reads it")
    func numberFormsMatchJSONDecoder() throws {
        let json = #"{"html":{"names":["a","b","c"],"weights":[1,-0.5,2.5e-3],"trees":[]},"#
            + #""text":{"names":["a"],"weights":[1E2]},"pathHints":{"weights":{"x":-0,"y":0.1}},"container":null}"#
        let quick = try #require(Self.read(json))
        #expect(quick == (try JSONDecoder().decode(BlockModels.self, from: Data(json.utf8))))
    }

    @Test("Trees, escapes, duplicate keys and deep nesting are left to JSONDecoder",
          arguments: [
              #"{"html":{"names":[],"weights":[],"trees":[{}]},"text":{"names":[],"weights":[]},"pathHints":{"weights":{}}}"#,
              #"{"html":{"names":["\n"],"weights":[1]},"text":{"names":[],"weights":[]},"pathHints":{"weights":{}}}"#,
              #"{"html":{"names":[],"weights":[]},"html":{"names":[],"weights":[]},"text":{"names":[],"weights":[]},"pathHints":{"weights":{}}}"#,
              #"{"x":[[[[[[[[[[1]]]]]]]]]],"html":{"names":[],"weights":[]},"text":{"names":[],"weights":[]},"pathHints":{"weights":{}}}"#,
              #"{"html":{"names":[],"weights":[1e999]},"text":{"names":[],"weights":[]},"pathHints":{"weights":{}}}"#,
              #"{"html":{"names":[],"weights":[01]},"text":{"names":[],"weights":[]},"pathHints":{"weights":{}}}"#,
          ])
    func declinesWhatItDoesNotRead(json: String) {
        #expect(Self.read(json) == nil)
    }
}
