import Testing
@testable import Winnow

@Test func fingerprintFoldsVietnamese() {
    #expect(Fingerprint("Đọc thêm") == Fingerprint("doc them"))
}
