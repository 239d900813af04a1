import Foundation
import Testing
import Winnow

/// End-to-end runs of `winnow profile learn` and `winnow extract --profile`.
@Suite struct ProfileCommandTests {
    @Test func learnWritesAProfileThatLoadsAndExtractAccepts() async throws {
        let directory = try WinnowBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("profile.json")
        let learn = try await WinnowBinary.run(["profile", "learn", "Samples/baoquocte", "--out", out.path])
        #expect(learn.status == 0, "\(learn.stderr)")
        let profile = try JSONDecoder().decode(SiteProfile.self, from: Data(contentsOf: out))
        #expect(profile.pageCount == 2)

        let extract = try await WinnowBinary.run(["extract", "--format", "jsonl", "--profile", out.path,
                                                  "Samples/baoquocte/baoquocte-syria-lavrov.txt"])
        #expect(extract.status == 0, "\(extract.stderr)")
        #expect(try extract.records().count == 1)
    }

    @Test func learnOnSeveralSitesWritesProfilesKeyedBySite() async throws {
        let input = """
            {"id":"a","url":"https://one.example/a","text":"A\\n\\nBody a."}
            {"id":"b","url":"https://two.example/b","text":"B\\n\\nBody b."}
            """
        let learn = try await WinnowBinary.run(["profile", "learn", "-"], input: input)
        #expect(learn.status == 0, "\(learn.stderr)")
        let profiles = try JSONDecoder().decode([String: SiteProfile].self, from: Data(learn.stdout.utf8))
        #expect(profiles.keys.sorted() == ["one.example", "two.example"])
    }

    @Test func unreadableProfileFileIsAnError() async throws {
        let run = try await WinnowBinary.run(["extract", "--profile", "Samples/README.md", "Samples/baoquocte"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("Samples/README.md"))
    }
}
