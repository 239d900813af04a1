import ArgumentParser
import Foundation
import Winnow

/// `winnow profile`: site profiles, learned once and reused.
struct ProfileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Learn and save site profiles.",
        subcommands: [LearnCommand.self]
    )
}

/// `winnow profile learn`: learns each site's template from its pages and saves it as JSON.
struct LearnCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Learn site profiles from pages.",
        discussion: """
            One site: the file holds that site's profile. Several sites: a JSON object keyed by \
            site (host, else directory), unless --site picks one. `winnow extract --profile` reads both.
            """
    )

    @Option(name: .long, help: "Where to write the profile JSON (default: standard output).")
    var out: String?

    @Option(name: .long, help: "Save only this site's profile.")
    var site: String?

    @OptionGroup var options: InputOptions

    func run() async throws {
        let extractor = Extractor()
        let inputs = await ProfileLearning.learn(options, extractor: extractor)
        let profiles = inputs.profiles
        let file: ProfileFile
        if let site {
            guard let profile = profiles[site] else {
                let known = profiles.keys.sorted().joined(separator: ", ")
                Diagnostics.report("no pages of site \(site) (sites: \(known.isEmpty ? "none" : known))")
                throw ExitCode(1)
            }
            file = .single(profile)
        } else if profiles.count == 1, let profile = profiles.values.first {
            file = .single(profile)
        } else if profiles.isEmpty {
            Diagnostics.report("no pages to learn from")
            throw ExitCode(1)
        } else {
            file = .bySite(profiles)
        }
        do {
            let data = try file.encoded()
            if let out {
                try data.write(to: URL(fileURLWithPath: out))
            } else {
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            }
        } catch {
            Diagnostics.report("\(out ?? "<stdout>"): cannot write the profile (\(error.localizedDescription))")
            throw ExitCode(1)
        }
        if inputs.failed { throw ExitCode(1) }
    }
}
