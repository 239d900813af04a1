import Foundation
@_spi(Training) import Winnow

/// Learns ``PathHints``: smoothed log-odds of content for each class/id word, kept only for
/// words seen on enough distinct sites that no single site's naming is learned.
struct PathHintsFit {
    var minimumSites: Int
    /// Pseudo-count of words pulling every estimate toward the prior.
    var smoothing: Double

    func fit(_ pages: [LabelledPage]) -> PathHints {
        var content: [String: Double] = [:], boilerplate: [String: Double] = [:]
        var sites: [String: Set<String>] = [:]
        var totalContent = 0.0, totalBoilerplate = 0.0
        for labelled in pages {
            for (block, label) in zip(labelled.page.blocks, labelled.labels) {
                let words = Double(block.text.split(separator: " ").count)
                if label { totalContent += words } else { totalBoilerplate += words }
                for token in Set(PathHints.tokens(of: block.path)) {
                    if label { content[token, default: 0] += words } else { boilerplate[token, default: 0] += words }
                    sites[token, default: []].insert(labelled.site)
                }
            }
        }
        guard totalContent > 0, totalBoilerplate > 0 else { return PathHints(weights: [:]) }
        let prior = totalContent / (totalContent + totalBoilerplate)
        var weights: [String: Double] = [:]
        for (token, siteSet) in sites where siteSet.count >= minimumSites {
            let c = (content[token] ?? 0) + smoothing * prior
            let b = (boilerplate[token] ?? 0) + smoothing * (1 - prior)
            let logOdds = log(c / b) - log(prior / (1 - prior))
            if abs(logOdds) >= 0.1 { weights[token] = (logOdds * 100).rounded() / 100 }
        }
        return PathHints(weights: weights)
    }
}
