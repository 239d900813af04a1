import Winnow

/// libFuzzer entry: the input as a page's bytes of unknown kind, parsed with the tag-soup parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLTagSoup(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var configuration = Configuration()
    configuration.parser = .tagSoup
    let page = Page(bytes: Array(UnsafeBufferPointer(start: data, count: size)), url: "https://fuzz.example/a")
    _ = Extractor(configuration: configuration).extract(page).text
    return 0
}
