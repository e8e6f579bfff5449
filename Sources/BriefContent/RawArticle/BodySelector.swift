import BriefBytes

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
    /// Items of a list inside the article and the line that introduces it (see ``InlineStructure``).
    var listUnits: [Bool] = []
    /// Items of a list that ends the article (see ``InlineStructure``): kept after the run.
    var closingListUnits: [Bool] = []
    /// Repeated paragraphs of the article: the body keeps the first copy only.
    var keptOnce: [Bool] = []

    init(units: [TextUnit]) {
        self.units = units
        features = units.map { LineFeatures($0.bytes) }
        scores = features.map(\.score)
        // A line repeated on the page (menus, section labels, a repeated headline, teasers that
        // several link boxes share, a caption shown twice in a row) is furniture. A paragraph
        // of prose repeated two to four units further on (a standfirst repeated as the lead,
        // under the byline and date) is the article's: it keeps its score, and only its first
        // copy in the body is kept. So is every repeat on a page that has no other prose.
        let (counts, gaps) = Self.repeatCounts(units)
        repeats = counts
        keptOnce = units.indices.map { repeats[$0] > 1 && isProseParagraph($0) }
        for index in units.indices where repeats[index] > 1 && scores[index] > -2 {
            if keptOnce[index], Self.nearRepeat.contains(gaps[index]) || isPastedTwice(index, gap: gaps[index]) { continue }
            keptOnce[index] = false
            scores[index] = min(scores[index], 0) - 1
        }
        if !scores.contains(where: { $0 > 0 }) {
            let repeatedProse = units.indices.filter { repeats[$0] > 1 && features[$0].words >= 8 && features[$0].endsSentence }
            for index in repeatedProse {
                scores[index] = features[index].score
                keptOnce[index] = scores[index] > 0
            }
        }
        (listUnits, closingListUnits) = InlineStructure.listUnits(units, features: features, scores: scores, repeats: repeats)
        InlineStructure.markTables(units, features: features, scores: scores, into: &listUnits)
    }

    /// How many units apart two copies of a paragraph stand when a page repeats its standfirst
    /// as the lead (a caption shown twice stands right after itself).
    static let nearRepeat = 2...4

    /// A paragraph of prose that stands twice in a row, and nowhere else, away from any caption
    /// or credit line: the article's text pasted twice, not a caption a gallery shows again (a
    /// caption repeats by its picture, with the credit beside it, and again in the slideshow).
    /// Only its first copy is kept, and nothing is lost, so nothing is warned about.
    private func isPastedTwice(_ index: Int, gap: Int) -> Bool {
        guard gap == 1, repeats[index] == 2 else { return false }
        let first = index > 0 && units[index - 1].bytes == units[index].bytes ? index - 1 : index
        let around = [first - 1, first + 2].filter { units.indices.contains($0) }
        return !around.contains { features[$0].isCaption || features[$0].creditTail }
    }

    /// A full sentence of eight words or more.
    private func isProseParagraph(_ index: Int) -> Bool {
        scores[index] >= 2 && features[index].words >= 8 && features[index].endsSentence
    }

    // Lines are keyed by a hash of their bytes and length. Returns how many units share each key,
    // and how many units away the nearest other copy stands (Int.max for none).
    private static func repeatCounts(_ units: [TextUnit]) -> (counts: [Int], gaps: [Int]) {
        // Eight bytes per step (`ByteWords.hash`, which mixes in the count): a byte at a time,
        // hashing every line of a pasted page cost more than counting its repeats.
        let keys = units.map { $0.bytes.withUnsafeBytes(ByteWords.hash) }
        var counts: [UInt64: Int] = [:]
        var last: [UInt64: Int] = [:]
        var gaps = [Int](repeating: Int.max, count: units.count)
        for (index, key) in keys.enumerated() {
            counts[key, default: 0] += 1
            if let previous = last[key] {
                gaps[index] = index - previous
                gaps[previous] = min(gaps[previous], index - previous)
            }
            last[key] = index
        }
        return (keys.map { counts[$0, default: 1] }, gaps)
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
        // right after the run are the article's too, up to the first line that is not one. So
        // are the items of a list the article ends with, which weigh nothing, if they read as text.
        while bestEnd + 1 < units.count, isClosingSentence(bestEnd + 1) || (closingListUnits[bestEnd + 1] && looksLikeClosingItem(bestEnd + 1)) {
            bestEnd += 1
        }
        var kept: [Int] = []
        var index = bestStart
        while index <= bestEnd {
            // An item of the list the article ends with is kept only if it reads as text.
            let isKeptItem = { (i: Int) in self.listUnits[i] && (!self.closingListUnits[i] || self.looksLikeClosingItem(i)) }
            if scores[index] > 0 || isKeptItem(index) {
                kept.append(index)
                index += 1
                continue
            }
            // A run of non-prose lines inside the body: subheadings, list items, or an inline box.
            // Keep it when every line looks like text; one button or caption marks it as furniture.
            var end = index
            while end <= bestEnd, scores[end] <= 0, !isKeptItem(end) { end += 1 }
            let run = index..<end
            let textLike = run.filter(looksLikeText)
            if textLike.count == run.count { kept.append(contentsOf: run) }
            index = end
        }
        return withoutLaterCopies(kept)
    }

    /// `kept` without the later copies of a repeated paragraph of the article.
    private func withoutLaterCopies(_ kept: [Int]) -> [Int] {
        guard kept.contains(where: { keptOnce[$0] }) else { return kept }
        // Any later copy goes, whether or not it stood near the first.
        var seen = Set<[UInt8]>()
        return kept.filter { index in
            guard repeats[index] > 1 else { return true }
            if seen.contains(units[index].bytes) { return false }
            if keptOnce[index] { seen.insert(units[index].bytes) }
            return true
        }
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
            && !Self.isSectionStart(feature) && !Self.isCommentStart(feature)
    }

    /// An item of the list the article ends with that reads as text; a numbered or bulleted
    /// item may be as long as a product's name ("9) Portable drum kit with seven pads ...").
    private func looksLikeClosingItem(_ index: Int) -> Bool {
        if looksLikeText(index) { return true }
        let feature = features[index]
        return InlineStructure.isBulleted(units[index].bytes) && feature.words <= 25 && feature.strongCues == 0
            && feature.callToActionCues == 0 && !feature.isCaption && !ArticleMetadata.isMetadataLine(units[index].bytes, feature)
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
        // A list inside the article weighs nothing: the scan neither ends at it nor starts after it.
        for index in units.indices where weights[index] < 0 && listUnits[index] { weights[index] = 0 }
        var seenText = 0.0
        var discount = 1.0
        var streak = 0
        var inComments = false
        var boxEnd = -1
        for index in units.indices {
            if index <= boxEnd {
                // Inside a link box within the article: dropped, without ending the article.
                weights[index] = 0
                continue
            }
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
                // One line of furniture between two paragraphs of the article is an inline box
                // ("Advertisement", "Related: ..."), not the article's end. It weighs nothing, so
                // a short paragraph beside it (a one-line lead or quote, lighter than any
                // penalty) stays with the article too.
                if weights[index] < 0, discount == 1, !inComments,
                   features[index].strongCues > 0 || features[index].callToActionCues > 0,
                   // A caption's credit sits beside a picture, and the prose next to it may be the caption.
                   !features[index].isCaption,
                   InlineStructure.isLoneLineBetweenProse(index, units: units, features: features, scores: scores),
                   !Self.isSectionStart(features[index]) || InlineStructure.isInlineLink(features[index]),
                   !Self.isCommentStart(features[index]) {
                    weights[index] = 0
                }
            }
            // "Related: ..." between two paragraphs links out of the article without ending it.
            let inlineLink = InlineStructure.isInlineLink(features[index])
                && InlineStructure.isLoneLineBetweenProse(index, units: units, features: features, scores: scores)
            if weights[index] <= 0, !listUnits[index], seenText > 20, Self.isSectionStart(features[index]), !inlineLink {
                if discount == 1, !inComments, let end = inlineBoxEnd(from: index) {
                    // "Most Read" and two headlines, then the article goes on: a box inside it.
                    weights[index] = -2
                    boxEnd = end
                    continue
                }
                weights[index] = -25
                discount = min(discount, 0.2)
            }
            if seenText > 20, Self.isCommentStart(features[index]) {
                discount = 0.05
                inComments = true
            }
        }
        return weights
    }

    /// The last line of a link box inside the article that opens at the section label `label`:
    /// a few short lines written under the label (no blank line between them), then a full
    /// paragraph of prose in a block of its own, which ends the text or is followed by more
    /// prose (a comment thread's author line, or more links, show the box was not inside the
    /// article). Nil when what follows is not that.
    private func inlineBoxEnd(from label: Int) -> Int? {
        var end = label
        while end + 1 < units.count, !units[end + 1].startsBlock, end - label < 5 {
            let item = end + 1
            guard scores[item] <= 0, features[item].words <= 12, !Self.isCommentStart(features[item]) else { return nil }
            end = item
        }
        let next = end + 1
        guard end > label, next < units.count, units[next].startsBlock, scores[next] >= 2, features[next].words >= 12,
              next + 1 == units.count || scores[next + 1] > 0
        else { return nil }
        return end
    }

    static func isSectionStart(_ feature: LineFeatures) -> Bool {
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
        if BoilerplateVocabulary.sectionWholeLine.contains(lower) { return true }
        return BoilerplateVocabulary.sectionAnywhere.contains { ByteText.contains(feature.lowercased, $0) }
    }

    static func isCommentStart(_ feature: LineFeatures) -> Bool {
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
