import Testing
@_spi(Training) @testable import Winnow

@Suite("Path scorer")
struct PathScorerTests {
    @Test("Scores equal PathHints.score for paths sharing beginnings, in any order")
    func scoresEqualPathHints() {
        let hints = PathHints(weights: ["post": 1.25, "content": 0.5, "related": -2, "body": 0.1, "main": 0.3,
                                        "a": 9, "side": -0.7, "bar": 0.05, "comment": -1.5, "liên": 4])
        let paths = [
            "body>div#main>div.post-content>p", "body>div#main>div.post-content>h2", "body>div#main>div.related>ul>li",
            "body>div#main>div.post-content>div.related>p", "body>div#main>aside.sideBar>p", "body>div#main",
            "body", "div.postContent.post>p.content", "body>div#main>div.post-content>p.comment>span.post",
            "body>div.tin-liên-quan>p", "body>div#main>div.post-content>p", "a>b>c", "a>b", ">>", "", "body>div#Main",
        ]
        var scorer = PathScorer(hints: hints)
        for path in paths + paths.reversed() {
            #expect(scorer.score(path) == hints.score(path: path), "\(path)")
        }
    }

    @Test("Scores read through the path nodes of segmentation equal PathHints.score, and so do their fingerprints")
    func nodeScoresEqualPathHints() {
        let hints = PathHints(weights: ["post": 1.25, "content": 0.5, "related": -2, "body": 0.1, "main": 0.3,
                                        "side": -0.7, "bar": 0.05, "comment": -1.5, "liên": 4, "item": 0.2])
        let html = """
            <body><div id="main"><div class="post-content"><p>One.</p><h2>Two</h2><div class="related"><p>Three</p></div></div>
            <aside class="sideBar"><p>Four</p><ul><li class="item-1">Five</li><li class="item-2">Six</li></ul></aside>
            <div class="tin-liên-quan"><p>Seven</p></div><p class="comment">Eight <span>nine</span></p></div></body>
            """
        for parser in TestParsers.all {
            var configuration = Configuration()
            configuration.parser = parser
            configuration.limits.maximumPathElements = 3
            let paths = Extractor(configuration: configuration).segment(Page(html: html)).keys.paths
            #expect(paths.nodes.contains { $0 >= 0 } && paths.nodes.contains(-1), "\(parser)")  // some paths cut
            var scorer = PathScorer(hints: hints)
            for slot in paths.paths.indices + paths.paths.indices.reversed() {
                #expect(scorer.score(slot: slot, in: paths) == hints.score(path: paths.paths[slot]), "\(paths.paths[slot])")
            }
            for (slot, node) in paths.nodes.enumerated() where node >= 0 {
                #expect(paths.trie.print(of: node) == Fingerprint.path(paths.paths[slot]).value, "\(paths.paths[slot])")
            }
        }
    }

    @Test("Many weighted words on a path each count once, past the inline entries")
    func manyWordsCountOnce() {
        var weights: [String: Double] = [:]
        for (index, word) in (0..<40).map({ "w" + String(repeating: "x", count: $0 + 1) }).enumerated() {
            weights[word] = Double(index) / 7
        }
        let hints = PathHints(weights: weights)
        let segments = weights.keys.sorted().map { "div." + $0 }
        let path = (segments + segments).joined(separator: ">")
        var scorer = PathScorer(hints: hints)
        #expect(scorer.score(path) == hints.score(path: path))
        #expect(scorer.score(path + ">p") == hints.score(path: path + ">p"))
    }
}
