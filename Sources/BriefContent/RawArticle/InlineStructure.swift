/// Structure inside an article that the line scores alone read as furniture: lists of short
/// lines (seat counts, "Key points", bullet points) and single lines of page furniture
/// ("Advertisement", "Related: ...") between two paragraphs of prose.
///
/// What makes a list part of the article is where it sits, not its words: it is introduced
/// by a line ending with ":" in the same block (or by a sentence of the article ending with
/// ":", its items in blocks of their own), or its lines carry bullets or numbers, and prose
/// comes right after it; a list announced by a sentence may also end the article. A table
/// pasted one cell a line sits between two paragraphs and is a third or more figures. A menu
/// or a link list after the article has none of that.
enum InlineStructure {
    /// Marks the units that are items of a list inside the article, and their introducing line.
    /// `closing` marks the items of a list that ends the article: announced by a sentence of
    /// it ending with ":" and followed by no prose ("Our picks for the week:" and the picks).
    /// No line repeated elsewhere on the page (`repeats`, a menu at the top and the bottom) is
    /// an item.
    static func listUnits(_ units: [TextUnit], features: [LineFeatures], scores: [Double], repeats: [Int]) -> (marked: [Bool], closing: [Bool]) {
        var marked = [Bool](repeating: false, count: units.count)
        var closing = [Bool](repeating: false, count: units.count)
        var index = 0
        while index < units.count {
            let afterIntroducer = index > 0 && isIntroducer(features[index - 1])
            // Pages put a list's items in blocks of their own as often as in the introducer's
            // block; a sentence of the article announcing it is what makes them its list.
            let announced = afterIntroducer && isAnnouncingSentence(index - 1, features: features, scores: scores)
            let introduced = afterIntroducer && (!units[index].startsBlock || announced)
            let bulleted = isBulleted(units[index].bytes)
            guard introduced || bulleted, isItem(features[index], bulleted: bulleted), repeats[index] <= 1 else {
                index += 1
                continue
            }
            // The run: lines of the same block after an introducer (any lines of their own after
            // an announcing sentence), or consecutive bulleted lines.
            var end = index
            // Where a list announced by a sentence stopped: the page's end or a line that is
            // clearly the page's (a label, a button, a repeated line, a new block's label).
            var endsAtPageBox = false
            var plainItems = 0, sawLabel = false
            while end < units.count {
                let itemBulleted = isBulleted(units[end].bytes)
                guard isItem(features[end], bulleted: itemBulleted), repeats[end] <= 1 else {
                    endsAtPageBox = repeats[end] > 1 || isClearBoilerplate(features[end])
                    break
                }
                if announced && units[index].startsBlock {
                    // Items in blocks of their own: short, with no button or link words and no
                    // section label ("Latest news") among them, which is where the article's
                    // list ends and the page's links begin; nor a short label after items of
                    // another shape ("World" after numbered items or sentences), which opens a
                    // box or a footer. Numbered items and their links carry their own order; a
                    // run of more plain lines than an article announces is a page's box.
                    let itemShape = shape(units[end].bytes, features[end])
                    let newBlockLabel = itemShape == .label && !sawLabel && end > index && units[end].startsBlock
                    if features[end].callToActionCues > 0 || BodySelector.isSectionStart(features[end])
                        || BodySelector.isCommentStart(features[end]) || newBlockLabel {
                        endsAtPageBox = true
                        break
                    }
                    if itemShape == .label { sawLabel = true }
                    if itemShape != .bulleted, itemShape != .link { plainItems += 1 }
                    guard features[end].words <= (itemBulleted ? 25 : 12), plainItems <= maxPlainAnnouncedItems,
                          end - index < maxAnnouncedLines
                    else { break }
                } else if bulleted ? !itemBulleted : (end > index && units[end].startsBlock) {
                    break
                }
                end += 1
            }
            let count = end - index
            let before = index - 1
            let prose = { (i: Int) in i >= 0 && i < units.count && scores[i] > 0 }
            // Between prose: an introducer (itself after prose or at the top) or prose before,
            // and prose after. A lone bullet is not a list.
            let openedByText = introduced ? (before == 0 || prose(before - 1) || prose(before)) : (prose(before) || (before >= 0 && isIntroducer(features[before])))
            // A list the article ends with runs to the page's end or into the page's furniture;
            // one that stops at anything else (a long line, a cap) is not known to be the article's.
            let endsArticle = announced && !prose(end) && count >= 3 && (end == units.count || endsAtPageBox)
            if count > 0, openedByText, prose(end) || endsArticle, bulleted ? count >= 2 || introduced || (before >= 0 && isIntroducer(features[before])) : true {
                for item in index..<end {
                    marked[item] = true
                    closing[item] = endsArticle
                }
                if before >= 0, isIntroducer(features[before]) { marked[before] = true }
            }
            // A first item with link words ends an announced list before it starts.
            index = max(end, index + 1)
        }
        return (marked, closing)
    }

    /// Marks the lines of a table inside the article: a run of cells between two paragraphs of
    /// prose, each cell a short label ("Player", "Myles Garrett"), a figure ("63", "85%",
    /// "$139.00"), or a line mostly of figures ("2 tackles, 1 assist (3 combined)."), with a
    /// third or more figures and no button, link or caption words. Pages paste a table one
    /// cell a line, so the line scores read it as a menu and it would cut the article in two.
    static func markTables(_ units: [TextUnit], features: [LineFeatures], scores: [Double], into marked: inout [Bool]) {
        var index = 1
        while index < units.count {
            guard isCell(units[index].bytes, features[index]) else {
                index += 1
                continue
            }
            var end = index, figures = 0
            while end < units.count, isCell(units[end].bytes, features[end]) {
                if isFigures(units[end].bytes, features[end]) { figures += 1 }
                end += 1
            }
            let count = end - index
            let isParagraph = { (i: Int) in
                scores[i] >= 2 && features[i].words >= 8 && !isFigures(units[i].bytes, features[i])
            }
            // A section or comment label among the cells ("Most read", "3 comments") shows a
            // box of the page; asked last, as most pages have no run to ask about.
            if count >= 6, figures >= 4, figures * 3 >= count, end < units.count, isParagraph(index - 1), isParagraph(end),
               !(index..<end).contains(where: { BodySelector.isSectionStart(features[$0]) || BodySelector.isCommentStart(features[$0]) }) {
                for cell in index..<end { marked[cell] = true }
            }
            index = end
        }
    }

    /// The most plain items (not numbered, bulleted or links) a list announced by a sentence
    /// takes: "the twelve best films" is as long as an unnumbered list runs.
    static let maxPlainAnnouncedItems = 15
    /// The most lines of any kind it takes (a hundred numbered deals with a link under each).
    static let maxAnnouncedLines = 200

    /// A line that is plainly the page's: a section or comment label, a button, link or
    /// caption word, words glued from links ("ToysFilmsHolidayGifts").
    private static func isClearBoilerplate(_ feature: LineFeatures) -> Bool {
        BodySelector.isSectionStart(feature) || BodySelector.isCommentStart(feature) || feature.strongCues > 0
            || feature.callToActionCues > 0 || feature.gluedJoins > 0 || feature.isCaption || feature.isAuthorBox
    }

    /// The shape of a list item: items of one list share it.
    private enum ItemShape { case bulleted, sentence, link, label, phrase }

    private static func shape(_ bytes: [UInt8], _ feature: LineFeatures) -> ItemShape {
        if isBulleted(bytes) { return .bulleted }
        if feature.endsSentence { return .sentence }
        if ByteText.contains(feature.lowercased, Array("://".utf8)) || ByteText.hasWordPrefix(feature.lowercased, Array("www.".utf8)) { return .link }
        return feature.words <= 4 ? .label : .phrase
    }

    /// A cell of a table pasted one cell a line: a short label, a lone symbol ("%", "–"), or a
    /// line mostly of figures; none with button, link, caption or byline words. A byline or
    /// date line ("Published", "3 March 2024", "5:42 PM") is the article's metadata, which
    /// the date finder reads from the lines the body leaves out, not a cell. Every line of
    /// the page is asked, so only the line's features are looked at (the metadata test last).
    private static func isCell(_ bytes: [UInt8], _ feature: LineFeatures) -> Bool {
        guard feature.words <= 25, feature.strongCues == 0, feature.callToActionCues == 0, !feature.isCaption,
              !feature.isAuthorBox, feature.gluedJoins == 0, !feature.truncated
        else { return false }
        guard !ArticleMetadata.isMetadataLine(bytes, feature) else { return false }
        return feature.words == 0 ? !bytes.isEmpty && bytes.count <= 3 : feature.words <= 5 || isFigures(bytes, feature)
    }

    /// A third or more of the line's words are figures (they start with a digit): a row of
    /// statistics ("3 tackles, 1 sack, 1 pass defended."), a price, a score, a date.
    static func isFigures(_ bytes: [UInt8], _ feature: LineFeatures) -> Bool {
        guard feature.words > 0 else { return false }
        var figures = 0
        var previous: UInt8 = 0x20
        for byte in bytes {
            if ByteText.isDigit(byte), !ByteText.isASCIIAlphanumeric(previous), previous != UInt8(ascii: "'") { figures += 1 }
            previous = byte
        }
        return figures * 3 >= feature.words
    }

    /// A sentence of the article that ends with ":" and announces what follows: six words or
    /// more, and prose by its score ("Here are the ten deals worth your money this week:").
    /// A comment's signature ("Jane on May 3, 2019 at 4:47 pm said:") announces a comment.
    private static func isAnnouncingSentence(_ index: Int, features: [LineFeatures], scores: [Double]) -> Bool {
        features[index].words >= 6 && scores[index] > 0 && !BodySelector.isCommentStart(features[index])
    }

    /// A line that announces a list: "The final seat count was:", "Key points:". One with a
    /// button or link word ("Related:", "Follow us:", "Read more:") announces links instead.
    static func isIntroducer(_ feature: LineFeatures) -> Bool {
        feature.lowercased.last == UInt8(ascii: ":") && (1...30).contains(feature.words) && feature.strongCues == 0
            && feature.callToActionCues == 0 && !feature.isCaption && feature.gluedJoins == 0
    }

    /// A line that can be a list item: short or a sentence, not a button, caption or teaser.
    /// A numbered or bulleted item may be longer (a product name, a line of a timetable).
    private static func isItem(_ feature: LineFeatures, bulleted: Bool = false) -> Bool {
        feature.words >= 1 && (feature.words <= (bulleted ? 25 : 12) || feature.endsSentence) && feature.strongCues == 0
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
