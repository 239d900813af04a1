import Foundation

// Outside SwiftPM no resource bundle is generated: `Bundle.module` is the main bundle, which holds
// neither model.json nor the stopword lists, so the fuzz build also exercises the library's
// fallbacks (hand-set weights, empty stopword lists).
extension Bundle {
    static var module: Bundle { .main }
}
