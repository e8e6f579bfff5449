/// Picks the article body among the units of a pasted page.
///
/// Each unit gets a score from its ``LineFeatures`` and a weight: prose counts its words
/// (scaled by how sentence-like it is), furniture counts against. The body is the
/// contiguous run with the largest total (a maximum-subarray scan, O(n)), with two
/// adjustments for what follows an article: after a section label ("Related", "More from",
/// "Tags", "Lire aussi") prose is discounted until two full paragraphs in a row show the
/// article went on; after a comment thread begins it is discounted for good. A byline or
/// date line near the top of the run marks where the article starts. Inside the run, a
/// stretch of non-prose lines is kept only when every line of it looks like text
/// (subheadings, list items, short sentences).
struct BodySelector {
    var units: [TextUnit]
    var features: [LineFeatures]
    /// Text-likeness of each unit; positive for prose.
    var scores: [Double]
    /// How many units of the page have the same bytes as each unit.
    var repeats: [Int] = []

    init(units: [TextUnit]) {
        self.units = units
        features = units.map { LineFeatures($0.bytes) }
        scores = features.map(\.score)
        // A line repeated on the page (menus, section labels, a repeated headline) is furniture.
        repeats = Self.repeatCounts(units)
        for index in units.indices where repeats[index] > 1 && scores[index] > -2 {
            scores[index] = min(scores[index], 0) - 1
        }
    }

    // Lines are keyed by their FNV-1a hash and length.
    private static func repeatCounts(_ units: [TextUnit]) -> [Int] {
        let keys = units.map { ByteText.fnv1a($0.bytes) ^ UInt64($0.bytes.count) }
        var counts: [UInt64: Int] = [:]
        for key in keys { counts[key, default: 0] += 1 }
        return keys.map { counts[$0, default: 1] }
    }

    /// Indices of the units that make up the body, in order.
    func bodyIndices() -> [Int] {
        guard !units.isEmpty else { return [] }
        let weights = self.weights()
        var best = -Double.infinity, current = 0.0
        var start = 0, bestStart = 0, bestEnd = -1
        for (index, weight) in weights.enumerated() {
            if current <= 0 { current = weight; start = index } else { current += weight }
            if current > best { best = current; bestStart = start; bestEnd = index }
        }
        guard best > 0, bestEnd >= bestStart else { return [] }
        bestStart = articleStart(from: bestStart, to: bestEnd, weights: weights)
        // Short closing sentences ("He declined to comment.", a one-line quote, "More to follow.")
        // weigh less than nothing alone, so the scan ends the run before them: the sentences
        // right after the run are the article's too, up to the first line that is not one.
        while bestEnd + 1 < units.count, isClosingSentence(bestEnd + 1) { bestEnd += 1 }
        var kept: [Int] = []
        var index = bestStart
        while index <= bestEnd {
            if scores[index] > 0 {
                kept.append(index)
                index += 1
                continue
            }
            // A run of non-prose lines inside the body: subheadings, list items, or an inline box.
            // Keep it when every line looks like text; one button or caption marks it as furniture.
            var end = index
            while end <= bestEnd, scores[end] <= 0 { end += 1 }
            let run = index..<end
            let textLike = run.filter(looksLikeText)
            if textLike.count == run.count { kept.append(contentsOf: run) }
            index = end
        }
        return kept
    }

    /// A byline or dateline line near the top of the chosen run marks where the article
    /// begins; a short standfirst or caption above it is not body text.
    private func articleStart(from start: Int, to end: Int, weights: [Double]) -> Int {
        let total = (start...end).reduce(0.0) { $0 + max(0, weights[$1]) }
        var before = 0.0
        var index = start
        while index <= end, index < start + 8 {
            if scores[index] <= 0, ArticleMetadata.isMetadataLine(units[index].bytes, features[index]) {
                var next = index + 1
                while next <= end, scores[next] <= 0 { next += 1 }
                if next <= end, before < 0.25 * total { return next }
            }
            before += max(0, weights[index])
            index += 1
        }
        return start
    }

    private func isClosingSentence(_ index: Int) -> Bool {
        let feature = features[index]
        return feature.endsSentence && feature.words >= 3 && repeats[index] <= 1 && looksLikeText(index)
            && !isSectionStart(feature) && !isCommentStart(feature)
    }

    private func looksLikeText(_ index: Int) -> Bool {
        let feature = features[index]
        // A button word inside a real sentence ("declined to comment.") does not make it a button.
        let sentence = feature.endsSentence && feature.words >= 4 && !feature.lowercased.hasSuffix(":")
        return feature.strongCues == 0 && (feature.callToActionCues == 0 || sentence) && !feature.isCaption && feature.words >= 1
            && (feature.endsSentence || feature.words <= 10)
            && !ArticleMetadata.isMetadataLine(units[index].bytes, feature)
    }

    /// The weight of each unit for the maximum-subarray scan, after the section and
    /// comment discounts.
    func weights() -> [Double] {
        var weights = zip(features, scores).map { feature, score -> Double in
            score > 0 ? Double(feature.words) * min(score, 3) / 3 : -min(3 + 2 * -score, 10)
        }
        var seenText = 0.0
        var discount = 1.0
        var streak = 0
        var inComments = false
        for index in units.indices {
            if weights[index] > 0 {
                seenText += weights[index]
                let fullParagraph = scores[index] >= 2 && features[index].words >= 12
                streak = fullParagraph ? streak + 1 : 0
                if streak >= 2, !inComments, discount < 1 {
                    // Two full paragraphs in a row: the article resumed after an inline box.
                    weights[index - 1] /= discount
                    discount = 1
                }
                weights[index] *= discount
            } else {
                streak = 0
            }
            if weights[index] <= 0, seenText > 20, isSectionStart(features[index]) {
                weights[index] = -25
                discount = min(discount, 0.2)
            }
            if seenText > 20, isCommentStart(features[index]) {
                discount = 0.05
                inComments = true
            }
        }
        return weights
    }

    private func isSectionStart(_ feature: LineFeatures) -> Bool {
        // Section labels are short and are not sentences ("More than 40 died." is prose).
        guard feature.words <= 8, !feature.lowercased.hasSentenceEnd else { return false }
        var text = feature.lowercased[...]
        // Skip leading punctuation and a count: "[ 167 comments ]", "12 Responses".
        while let first = text.first, !ByteText.isASCIIAlphanumeric(first) { text = text.dropFirst() }
        var rest = text
        while let first = rest.first, ByteText.isDigit(first) { rest = rest.dropFirst() }
        if rest.count < text.count, rest.first == 0x20 { text = rest.dropFirst() }
        let lower = Array(text)
        if BoilerplateVocabulary.sectionStart.contains(where: { ByteText.hasWordPrefix(lower, $0) }) { return true }
        return BoilerplateVocabulary.sectionAnywhere.contains { ByteText.contains(feature.lowercased, $0) }
    }

    private func isCommentStart(_ feature: LineFeatures) -> Bool {
        guard feature.words <= 14 else { return false }
        let lower = feature.lowercased
        // "He declined to comment." is prose; comment-section labels are short and unpunctuated.
        if feature.words <= 8, !lower.hasSentenceEnd,
           BoilerplateVocabulary.comment.contains(where: { ByteText.containsWord(lower, $0) }) {
            return true
        }
        if lower == Array("reply".utf8) { return true }
        for verb in ["said:", "says:", "wrote:"] {
            let cue = Array(verb.utf8)
            if lower.count > cue.count, lower.suffix(cue.count).elementsEqual(cue), lower[lower.count - cue.count - 1] == 0x20 {
                return true
            }
        }
        return false
    }
}

private extension Array where Element == UInt8 {
    func hasSuffix(_ suffix: String) -> Bool { self.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }

    /// Ends with ". ! ?" (ignoring trailing spaces) but not with an ellipsis: a sentence, not a label.
    var hasSentenceEnd: Bool {
        guard let end = self.lastIndex(where: { $0 != 0x20 }) else { return false }
        let last = self[end]
        if last == UInt8(ascii: "."), end > 0, self[end - 1] == UInt8(ascii: ".") { return false }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
    }
}
