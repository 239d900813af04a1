import Foundation
import Winnow

/// A saved profile file: one ``SiteProfile`` (a single site), or a JSON object of profiles
/// keyed by site (several sites).
enum ProfileFile {
    case single(SiteProfile)
    case bySite([String: SiteProfile])

    /// Reads a profile file.
    static func load(_ path: String) throws -> ProfileFile {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let decoder = JSONDecoder()
        if let profile = try? decoder.decode(SiteProfile.self, from: data) { return .single(profile) }
        return .bySite(try decoder.decode([String: SiteProfile].self, from: data))
    }

    /// The file's JSON: keys sorted, so the same pages always give the same bytes.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        switch self {
        case .single(let profile): return try encoder.encode(profile)
        case .bySite(let profiles): return try encoder.encode(profiles)
        }
    }

    /// Merges the loaded profile(s) into learned ones: a single profile into every site given,
    /// keyed profiles into the site of the same key (added when that site learned nothing).
    func merge(into profiles: inout [String: SiteProfile], sites: Set<String>) {
        switch self {
        case .single(let loaded):
            for site in sites {
                profiles[site, default: SiteProfile(site: site, capacity: loaded.capacity)].merge(loaded)
            }
        case .bySite(let loaded):
            for (site, profile) in loaded where sites.contains(site) {
                profiles[site, default: SiteProfile(site: site, capacity: profile.capacity)].merge(profile)
            }
        }
    }
}

extension ProfileFile {
    /// Merges a `--profile` file's profile for `host` (a single profile applies to every host).
    static func mergeSeed(_ seed: ProfileFile?, into profile: inout SiteProfile, host: String) {
        switch seed {
        case .single(let loaded)?: profile.merge(loaded)
        case .bySite(let loaded)?: if let match = loaded[host] { profile.merge(match) }
        case nil: break
        }
    }
}
