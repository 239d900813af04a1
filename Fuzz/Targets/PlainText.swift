import Winnow

/// libFuzzer entry: the input as a plain-text page's bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlainText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let page = Page(bytes: Array(UnsafeBufferPointer(start: data, count: size)), kind: .text)
    _ = Extractor().extract(page).text
    return 0
}
