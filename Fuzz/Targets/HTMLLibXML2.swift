import Winnow

/// libFuzzer entry: the input as an HTML page's bytes, parsed with libxml2.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLLibXML2(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var configuration = Configuration()
    configuration.parser = .libxml2
    let page = Page(bytes: Array(UnsafeBufferPointer(start: data, count: size)), url: "https://fuzz.example/a", kind: .html)
    _ = Extractor(configuration: configuration).extract(page).text
    return 0
}
