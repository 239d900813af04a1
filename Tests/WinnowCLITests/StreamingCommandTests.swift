import Foundation
import Testing
import Winnow

/// `winnow extract` on streams: WARC files, large JSONL, bounded buffers, output order,
/// `--profile-dir`, `--output` and `--summary`.
@Suite struct StreamingCommandTests {
    /// Non-empty lines of the seed pages, to build records from.
    static let seedLines: [String] = ExtractCommandTests.seeds.flatMap { path in
        ((try? String(contentsOf: WinnowBinary.root.appendingPathComponent(path), encoding: .utf8)) ?? "")
            .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    /// `count` JSONL text records spread over `hosts` hosts; each holds a title, a line shared by
    /// every page (a template line) and one seed line.
    static func jsonl(count: Int, hosts: Int) -> String {
        (0..<count).map { index in
            let text = "Title \(index % 7)\n\nShared footer line of the site.\n\n\(seedLines[index % max(1, seedLines.count)].prefix(160))"
            let object: [String: String] = ["id": "\(index)", "url": "https://site\(index % hosts).example/p/\(index)", "text": text]
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }

    static func write(_ text: String, named name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test(arguments: [false, true])
    func warcFileGivesOneRecordPerHTMLResponseWithItsURL(gzip: Bool) async throws {
        let directory = try WinnowBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(gzip ? "crawl.warc.gz" : "crawl.warc").path
        let records = WARCReaderTests.records
        try Data(gzip ? WARCWriter.gzipped(records) : WARCWriter.plain(records)).write(to: URL(fileURLWithPath: path))
        let run = try await WinnowBinary.run(["extract", "--format", "jsonl", path])
        #expect(run.status == 0, "\(run.stderr)")
        let output = try run.records()
        #expect(output.map { $0["url"] as? String } == ["https://example.com/a", "https://other.example/b"])
        #expect(output.map { $0["source"] as? String } == ["\(path):3", "\(path):5"])
    }

    @Test func warcOnStandardInputIsRecognised() async throws {
        let warc = String(decoding: WARCWriter.plain(WARCReaderTests.records), as: UTF8.self)
        let run = try await WinnowBinary.run(["extract", "--format", "jsonl", "-"], input: warc)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try run.records().count == 2)
    }

    @Test func tenThousandRecordsGiveTheSameOutputWithOneJobAndWithFour() async throws {
        let directory = try WinnowBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.write(Self.jsonl(count: 10_000, hosts: 20), named: "pages.jsonl", in: directory)
        let one = try await WinnowBinary.run(["extract", "--format", "jsonl", "--jobs", "1", path])
        let four = try await WinnowBinary.run(["extract", "--format", "jsonl", "--jobs", "4", path])
        #expect(one.status == 0 && four.status == 0, "\(one.stderr)\(four.stderr)")
        let lines = one.stdout.split(separator: "\n")
        #expect(lines.count == 10_000)
        #expect(one.stdout == four.stdout)
        let ids = try one.records().map { $0["id"] as? String }
        #expect(ids == (0..<10_000).map { "\($0)" })
    }

    @Test func smallBuffersStillKeepInputOrder() async throws {
        let run = try await WinnowBinary.run(["extract", "--format", "jsonl", "--site-buffer", "2",
                                              "--max-buffered-pages", "3", "-"], input: Self.jsonl(count: 40, hosts: 5))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try run.records().map { $0["id"] as? String } == (0..<40).map { "\($0)" })
    }

    @Test func siteOrderWritesTheSameRecordsGroupedBySite() async throws {
        let input = Self.jsonl(count: 12, hosts: 3)
        let inOrder = try await WinnowBinary.run(["extract", "--format", "jsonl", "-"], input: input)
        let bySite = try await WinnowBinary.run(["extract", "--format", "jsonl", "--order", "site", "-"], input: input)
        #expect(bySite.status == 0, "\(bySite.stderr)")
        #expect(Set(inOrder.stdout.split(separator: "\n")) == Set(bySite.stdout.split(separator: "\n")))
        let hosts = try bySite.records().compactMap { ($0["url"] as? String).flatMap(Page.host(of:)) }
        #expect(hosts == ["site0.example", "site0.example", "site0.example", "site0.example",
                          "site1.example", "site1.example", "site1.example", "site1.example",
                          "site2.example", "site2.example", "site2.example", "site2.example"])
    }

    @Test func profileDirSavesEachHostAndALaterRunMergesItsCounts() async throws {
        let directory = try WinnowBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let profiles = directory.appendingPathComponent("profiles")
        let input = Self.jsonl(count: 6, hosts: 2)
        // The same pages again are copies and change nothing; new pages (other URLs) add up.
        // (JSONSerialization may write `/` as `\/`.)
        let newPages = input.replacingOccurrences(of: "/p/", with: "/q/").replacingOccurrences(of: #"\/p\/"#, with: #"\/q\/"#)
        for (pages, expected) in [(input, 3), (input, 3), (newPages, 6)] {
            let run = try await WinnowBinary.run(["extract", "--format", "jsonl", "--profile-dir", profiles.path, "-"], input: pages)
            #expect(run.status == 0, "\(run.stderr)")
            for host in ["site0.example", "site1.example"] {
                let data = try Data(contentsOf: profiles.appendingPathComponent("\(host).json"))
                let count = try JSONDecoder().decode(SiteProfile.self, from: data).pageCount
                #expect(count == expected, "\(host) after \(pages == input ? "the same pages" : "new pages")")
            }
        }
    }

    @Test func profileOfASiteWithOnePageChangesNothing() async throws {
        let directory = try WinnowBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = Self.jsonl(count: 1, hosts: 1)
        let run = try await WinnowBinary.run(["extract", "--format", "jsonl", "--profile-dir", directory.path, "-"], input: input)
        #expect(run.status == 0, "\(run.stderr)")
        let record = try #require(try run.records().first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(input.utf8)) as? [String: String])
        let alone = Extractor().extract(Page(text: object["text"] ?? "", url: object["url"]), profile: nil)
        #expect(record["text"] as? String == alone.text)
        let saved = try Data(contentsOf: directory.appendingPathComponent("site0.example.json"))
        #expect(try JSONDecoder().decode(SiteProfile.self, from: saved).pageCount == 1)
    }

    @Test func outputOptionWritesWhatStandardOutputWouldGet() async throws {
        let directory = try WinnowBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out.jsonl")
        let toFile = try await WinnowBinary.run(["extract", "--format", "jsonl", "--output", out.path, "Samples/baoquocte"])
        let toStdout = try await WinnowBinary.run(["extract", "--format", "jsonl", "Samples/baoquocte"])
        #expect(toFile.stdout.isEmpty)
        #expect(try String(contentsOf: out, encoding: .utf8) == toStdout.stdout)
    }

    @Test func summaryLineOnlyWhenAskedForOffTerminal() async throws {
        let quiet = try await WinnowBinary.run(["extract", "--format", "jsonl", "Samples/baoquocte"])
        #expect(quiet.stderr.isEmpty)
        let summary = try await WinnowBinary.run(["extract", "--format", "jsonl", "--summary", "Samples/baoquocte"])
        #expect(summary.stderr.hasPrefix("winnow: 2 pages, 0 failed, "))
        #expect(summary.stderr.hasSuffix(" s\n"))
    }
}
