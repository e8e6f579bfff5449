/// Structure inside an article that the line scores alone read as furniture: lists of short
/// lines (seat counts, "Key points", bullet points) and single lines of page furniture
/// ("Advertisement", "Related: ...") between two paragraphs of prose.
///
/// What makes a list part of the article is where it sits, not its words: it is introduced
/// by a line ending with ":" in the same block, or its lines carry bullets or numbers, and
/// prose comes right after it. A menu or a link list after the article has neither.
enum InlineStructure {
    /// Marks the units that are items of a list inside the article, and their introducing line.
    static func listUnits(_ units: [TextUnit], features: [LineFeatures], scores: [Double]) -> [Bool] {
        var marked = [Bool](repeating: false, count: units.count)
        var index = 0
        while index < units.count {
            let introduced = index > 0 && isIntroducer(features[index - 1]) && !units[index].startsBlock
            let bulleted = isBulleted(units[index].bytes)
            guard introduced || bulleted, isItem(features[index]) else {
                index += 1
                continue
            }
            // The run: lines of the same block after an introducer, or consecutive bulleted lines.
            var end = index
            while end < units.count, isItem(features[end]),
                  bulleted ? isBulleted(units[end].bytes) : (end == index || !units[end].startsBlock) {
                end += 1
            }
            let count = end - index
            let before = index - 1
            let prose = { (i: Int) in i >= 0 && i < units.count && scores[i] > 0 }
            // Between prose: an introducer (itself after prose or at the top) or prose before,
            // and prose after. A lone bullet is not a list.
            let openedByText = introduced ? (before == 0 || prose(before - 1) || prose(before)) : (prose(before) || (before >= 0 && isIntroducer(features[before])))
            if openedByText, prose(end), bulleted ? count >= 2 || introduced || (before >= 0 && isIntroducer(features[before])) : true {
                for item in index..<end { marked[item] = true }
                if before >= 0, isIntroducer(features[before]) { marked[before] = true }
            }
            index = end
        }
        return marked
    }

    /// A line that announces a list: "The final seat count was:", "Key points:". One with a
    /// button or link word ("Related:", "Follow us:", "Read more:") announces links instead.
    static func isIntroducer(_ feature: LineFeatures) -> Bool {
        feature.lowercased.last == UInt8(ascii: ":") && (1...30).contains(feature.words) && feature.strongCues == 0
            && feature.callToActionCues == 0 && !feature.isCaption && feature.gluedJoins == 0
    }

    /// A line that can be a list item: short or a sentence, not a button, caption or teaser.
    private static func isItem(_ feature: LineFeatures) -> Bool {
        feature.words >= 1 && (feature.words <= 12 || feature.endsSentence) && feature.strongCues == 0
            && !feature.isCaption && feature.gluedJoins == 0 && !feature.truncated && !feature.isAuthorBox
    }

    /// A line that opens with a bullet ("•", "·", "-", "*", "–", "▪", "●", "◦") or a number
    /// ("1.", "2)") and a space.
    static func isBulleted(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first else { return false }
        var next = 1
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "*"): next = 1
        case 0xC2 where bytes.count > 1 && bytes[1] == 0xB7: next = 2
        case 0xE2 where bytes.count > 2:
            let bullets: [[UInt8]] = [[0x80, 0xA2], [0x80, 0x93], [0x96, 0xAA], [0x97, 0x8F], [0x97, 0xA6]]
            guard bullets.contains([bytes[1], bytes[2]]) else { return false }
            next = 3
        default:
            guard ByteText.isDigit(first) else { return false }
            while next < bytes.count, next < 3, ByteText.isDigit(bytes[next]) { next += 1 }
            guard next < bytes.count, bytes[next] == UInt8(ascii: ".") || bytes[next] == UInt8(ascii: ")") else { return false }
            next += 1
        }
        return next < bytes.count && bytes[next] == 0x20
    }

    /// A line of its own block with prose on both sides, a full paragraph on at least one: an
    /// inline "Advertisement", a share row label, a "Related: ..." link inside the article. The
    /// other side may be a short sentence (a one-line quote: "“It is a test,” said Duda."),
    /// as the paragraphs of a news article often are.
    static func isLoneLineBetweenProse(_ index: Int, units: [TextUnit], features: [LineFeatures], scores: [Double]) -> Bool {
        guard index > 0, index + 1 < units.count, units[index].startsBlock, units[index + 1].startsBlock else { return false }
        let isParagraph = { (i: Int) in scores[i] >= 2 && features[i].words >= 8 }
        let isSentence = { (i: Int) in scores[i] > 0 && features[i].words >= 4 && features[i].endsSentence }
        let isProse = { (i: Int) in isParagraph(i) || isSentence(i) }
        return isProse(index - 1) && isProse(index + 1) && (isParagraph(index - 1) || isParagraph(index + 1))
    }

    /// "Related: Scholz fires Lindner", "Read more: ...": a short label, a colon and the linked
    /// headline on the same line is a cross-link inside the article, not the start of a
    /// section after it (those labels stand alone: "Related", "More from us:"). The labels of
    /// a page's taxonomy ("Tags: ...", "Filed under: ...") come after the article.
    static func isInlineLink(_ feature: LineFeatures) -> Bool {
        let lower = feature.lowercased
        guard let colon = lower.prefix(32).firstIndex(of: UInt8(ascii: ":")),
              lower[(colon + 1)...].contains(where: ByteText.isASCIIAlphanumeric)
        else { return false }
        return !taxonomyLabels.contains { ByteText.hasWordPrefix(lower, $0) }
    }

    private static let taxonomyLabels: [[UInt8]] = [
        "tag", "tags", "topic", "topics", "category", "categories", "filed under", "posted in", "keywords",
    ].map { Array($0.utf8) }
}
