import ArgumentParser
import Winnow

/// The `--parser` option's values, mapped onto ``Configuration/Parser``.
enum ParserChoice: String, CaseIterable, ExpressibleByArgument {
    case automatic
    case libxml2
    case tagSoup

    /// The library's parser setting.
    var parser: Configuration.Parser {
        switch self {
        case .automatic: .automatic
        case .libxml2: .libxml2
        case .tagSoup: .tagSoup
        }
    }
}
