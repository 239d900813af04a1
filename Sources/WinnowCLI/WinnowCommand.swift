import ArgumentParser

/// `winnow`: keep the article, drop the boilerplate, from the command line.
///
/// ```sh
/// winnow extract Samples/baoquocte
/// winnow extract --format jsonl --explain pages.jsonl
/// winnow profile learn crawl/ --out profile.json
/// winnow extract --profile profile.json crawl/new-page.html
/// ```
@main
struct WinnowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "winnow",
        abstract: "Strip boilerplate from web pages and keep the article.",
        discussion: """
            Pages given together are grouped into sites (by URL host, else by directory); each \
            site's template is learned from its pages before they are extracted.
            """,
        subcommands: [ExtractCommand.self, ProfileCommand.self]
    )
}
