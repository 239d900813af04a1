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
