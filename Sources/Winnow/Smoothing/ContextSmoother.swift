/// Smoothing stage 1: short and near-good blocks take their class from their neighbours, as in
/// jusText. A short block between good blocks is kept (a one-line paragraph inside the article);
/// a middling block between boilerplate is dropped (a teaser summary among teaser links).
struct ContextSmoother: Sendable {
    var configuration: Configuration.Smoothing

    func smooth(_ verdicts: [BlockVerdict], features: [BlockFeatures]) -> [BlockVerdict] {
        let classes = zip(verdicts, features).map {
            ContextClass.of($0, characters: $1.characters, configuration: configuration)
        }
        var resolved = classes
        for index in classes.indices where classes[index] == .short {
            resolved[index] = resolveShort(index, classes)
        }
        for index in classes.indices where classes[index] == .nearGood {
            let previous = neighbour(of: index, in: classes, step: -1, skipNearGood: true)
            let next = neighbour(of: index, in: classes, step: 1, skipNearGood: true)
            resolved[index] = (previous == .bad && next == .bad) ? .bad : .good
        }
        return verdicts.indices.map { index in
            var verdict = verdicts[index]
            let keep = resolved[index] == .good
            if keep != (verdict.decision == .content) {
                verdict.decision = keep ? .content : .boilerplate
                verdict.reason = .context(verdict.decision)
            }
            return verdict
        }
    }

    private func resolveShort(_ index: Int, _ classes: [ContextClass]) -> ContextClass {
        let previous = neighbour(of: index, in: classes, step: -1, skipNearGood: true)
        let next = neighbour(of: index, in: classes, step: 1, skipNearGood: true)
        if previous == next { return previous }
        // Mixed neighbours: good when the bad side is actually near-good text.
        let previousAny = neighbour(of: index, in: classes, step: -1, skipNearGood: false)
        let nextAny = neighbour(of: index, in: classes, step: 1, skipNearGood: false)
        if (previous == .bad && previousAny == .nearGood) || (next == .bad && nextAny == .nearGood) { return .good }
        return .bad
    }

    /// The nearest class in one direction that is not short (nor near-good, when skipped);
    /// the page's edges count as bad.
    private func neighbour(of index: Int, in classes: [ContextClass], step: Int, skipNearGood: Bool) -> ContextClass {
        var position = index + step
        while position >= 0 && position < classes.count {
            let candidate = classes[position]
            if candidate == .good || candidate == .bad { return candidate }
            if candidate == .nearGood && !skipNearGood { return .nearGood }
            position += step
        }
        return .bad
    }
}
