import Foundation
import Winnow

/// The site profiles of a streaming run: learned batch by batch, at most `maximumHosts` kept in
/// memory (least recently used evicted), and with `--profile-dir` loaded from and saved to
/// `DIR/<host>.json` so a later crawl starts from what this one learned.
struct ProfileStore {
    /// Where profiles are loaded from and saved to, if anywhere.
    var directory: String?
    /// A `--profile` file merged into every profile used (never saved into `directory`).
    var seed: ProfileFile?
    /// The entry bound of new profiles.
    var capacity: Int
    /// The most profiles held in memory.
    var maximumHosts: Int
    private var cache: [String: (profile: SiteProfile, used: Int)] = [:]
    private var clock = 0

    init(directory: String?, seed: ProfileFile?, capacity: Int, maximumHosts: Int) {
        self.directory = directory
        self.seed = seed
        self.capacity = capacity
        self.maximumHosts = max(1, maximumHosts)
    }

    /// The profile learned so far for a host: from memory, else its saved file, else empty.
    mutating func learned(for host: String) -> (profile: SiteProfile, failure: InputFailure?) {
        if let cached = cache[host] { return (cached.profile, nil) }
        guard let path = path(for: host), FileManager.default.fileExists(atPath: path) else {
            return (SiteProfile(site: host, capacity: capacity), nil)
        }
        do {
            return (try JSONDecoder().decode(SiteProfile.self, from: Data(contentsOf: URL(fileURLWithPath: path))), nil)
        } catch {
            return (SiteProfile(site: host, capacity: capacity),
                    InputFailure(source: path, message: "not a Winnow profile (\(error.localizedDescription)); starting afresh"))
        }
    }

    /// The profile to extract with: the learned one merged with the `--profile` seed.
    func effective(_ learned: SiteProfile, host: String) -> SiteProfile {
        var profile = learned
        ProfileFile.mergeSeed(seed, into: &profile, host: host)
        return profile
    }

    /// Keeps a host's updated profile, evicting (and saving) the least recently used beyond the bound.
    mutating func store(_ profile: SiteProfile, host: String) -> [InputFailure] {
        clock += 1
        cache[host] = (profile, clock)
        var failures: [InputFailure] = []
        while cache.count > maximumHosts, let oldest = cache.min(by: { $0.value.used < $1.value.used })?.key {
            if let entry = cache.removeValue(forKey: oldest), let failure = save(entry.profile, host: oldest) {
                failures.append(failure)
            }
        }
        return failures
    }

    /// Saves every profile in memory (with `--profile-dir`).
    func saveAll() -> [InputFailure] {
        cache.keys.sorted().compactMap { host in cache[host].flatMap { save($0.profile, host: host) } }
    }

    private func save(_ profile: SiteProfile, host: String) -> InputFailure? {
        guard let directory, let path = path(for: host) else { return nil }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try ProfileFile.single(profile).encoded().write(to: URL(fileURLWithPath: path), options: .atomic)
            return nil
        } catch {
            return InputFailure(source: path, message: "cannot save the profile (\(error.localizedDescription))")
        }
    }

    /// `DIR/<host>.json`, the host made safe as a file name: letters, digits, `.`, `-` and `_`
    /// kept, anything else (such as the `/` of a directory site key) written as `_`.
    func path(for host: String) -> String? {
        guard let directory else { return nil }
        let safe = String(host.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" })
        let name = safe.isEmpty || safe.hasPrefix(".") ? "_" + safe : safe
        return (directory as NSString).appendingPathComponent(name + ".json")
    }
}
