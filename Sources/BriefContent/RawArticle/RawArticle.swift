/// A news article pasted from a web page, reduced to its headline and clean body.
///
/// The first non-empty line is the headline of a pasted article; for a full page dump
/// that opens with menus, the headline is found just before the body instead. The body
/// is chosen by ``BodySelector``: the densest run of prose, without menus, share rows,
/// newsletter boxes, captions, link lists and comment threads. A byline line is left
/// out of the body; a dateline stays in its paragraph but is recorded.
public struct RawArticle: Sendable, Hashable {
    /// The headline.
    public var title: String
    /// The body paragraphs, in order, without boilerplate.
    public var paragraphs: [String]
    /// 1-based line of the input where each paragraph of ``paragraphs`` starts.
    public var paragraphLines: [Int]
    /// The author names of a "By ..." line, if any.
    public var byline: String?
    /// The dateline that opens the first paragraph ("MOSCOW, Aug 20 (Reuters) -"), if any.
    public var dateline: String?
    /// The news agency credited ("Reuters" for "..., reports Reuters."), if any.
    public var source: String?
    /// 1-based line of the headline, or nil when the input has no text.
    public var titleLine: Int?
    /// The day of a date line under the headline ("Published 14 March 2026"), if any.
    public var date: PublicationDate?
    /// 1-based lines of paragraphs that read like article prose but were left out, when the
    /// text is a pasted article (headline first, body right under it) rather than a whole
    /// page; what a build warns about, as the cleaner may have cut real text.
    public var leftOutProseLines: [Int] = []
    /// 1-based lines of left-out paragraphs of a pasted article that read as one of its
    /// sentences (a quotation, or several words ending in . ! ? or a closing quote) and carry
    /// no furniture words: one alone is worth a warning, as short article paragraphs are.
    public var leftOutSentenceLines: [Int] = []

    /// The paragraphs joined by blank lines.
    public var body: String { paragraphs.joined(separator: "\n\n") }

    /// Parses pasted text. Never fails: empty input gives an empty title and body.
    /// Linear in the input size apart from the per-line cue lookups.
    public init(parsing text: String) {
        let units = TextUnit.split(Array(text.utf8))
        title = ""
        paragraphs = []
        paragraphLines = []
        guard !units.isEmpty else { return }
        let selector = BodySelector(units: units)
        var body = selector.bodyIndices()
        let bodyStart = body.first ?? units.count

        // Headline: the first line of a pasted article, else the best candidate before the body.
        var titleIndex = 0
        let firstIsHeadline = ArticleMetadata.isHeadlineLike(selector.features[0], score: selector.scores[0])
        if body.isEmpty {
            // Too little prose for the density rule: a short pasted note keeps its first line as
            // headline and every later line that is not page furniture; furniture alone is nothing.
            let isFurniture = { (index: Int) in
                selector.features[index].strongCues > 0 || selector.features[index].callToActionCues > 0
            }
            guard !isFurniture(0), firstIsHeadline || units.count <= 6 else { return }
            body = units.indices.dropFirst().filter { !isFurniture($0) }
        } else if !(firstIsHeadline && bodyStart <= 6) {
            titleIndex = ArticleMetadata.headlineIndex(before: bodyStart, units: units, features: selector.features, repeats: selector.repeats) ?? 0
        }
        title = units[titleIndex].text
        titleLine = units[titleIndex].line
        body.removeAll { units[$0].bytes == units[titleIndex].bytes }

        // Byline: a "By ..." line between the headline and the first paragraphs.
        let bylineScan = (titleIndex + 1)..<min(units.count, max(titleIndex + 1, (body.dropFirst(2).first ?? bodyStart) + 1))
        for index in bylineScan {
            if let names = ArticleMetadata.byline(in: units[index].bytes) {
                byline = names
                body.removeAll { $0 == index }
                break
            }
        }

        // Date: a date line among the lines left out of the body under the headline.
        let kept = Set(body)
        date = ArticleDate.find(in: bylineScan.prefix(12).filter {
            !kept.contains($0) && ArticleMetadata.isMetadataLine(units[$0].bytes, selector.features[$0])
        }.map { units[$0].bytes })

        // A whole page dump leaves out teasers and comments by design; a pasted article should
        // lose nothing but furniture.
        if titleIndex == 0, bodyStart <= 6 {
            // The kept paragraphs' bytes, hashed only when a left-out paragraph reads like prose
            // (rarely): hashing every kept paragraph of every article cost more than the rest.
            var keptBytes: Set<[UInt8]>?
            let leftOut = units.indices.filter { index in
                let feature = selector.features[index]
                guard index != titleIndex, !kept.contains(index), selector.scores[index] > 0, feature.endsSentence,
                      (selector.scores[index] >= 2 && feature.words >= 12) || Self.readsAsSentence(units[index].bytes, feature)
                else { return false }
                if keptBytes == nil { keptBytes = Set(body.map { units[$0].bytes }) }
                return !keptBytes!.contains(units[index].bytes)
            }
            leftOutProseLines = leftOut.filter { selector.scores[$0] >= 2 && selector.features[$0].words >= 12 }.map { units[$0].line }
            leftOutSentenceLines = leftOut.filter { Self.readsAsSentence(units[$0].bytes, selector.features[$0]) }.map { units[$0].line }
        }

        paragraphs = body.map { units[$0].text }
        paragraphLines = body.map { units[$0].line }
        if let first = body.first, let found = ArticleMetadata.dateline(in: units[first].bytes) {
            dateline = found.dateline
            source = found.agency
        }
        if source == nil {
            source = paragraphs.suffix(2).reversed().lazy.compactMap(ArticleMetadata.trailingSource(in:)).first
        }
        if source == nil, let last = body.last {
            source = units[(last + 1)..<min(units.count, last + 3)].lazy.compactMap { ArticleMetadata.creditLine(utf8: $0.bytes) }.first
        }
    }

    /// A paragraph that reads as a sentence of the article: four words or more (fewer with a
    /// quotation in it) ending in . ! ? or a closing quote, and nothing of page furniture (no
    /// button or link words, no caption, credit, byline or date, not cut off with "...").
    static func readsAsSentence(_ bytes: [UInt8], _ feature: LineFeatures) -> Bool {
        guard let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        let closingQuote = last >= 2 && bytes[(last - 2)...last].elementsEqual([0xE2, 0x80, 0x9D])  // ”
        guard closingQuote || [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\"")].contains(bytes[last]),
              !feature.truncated
        else { return false }
        let quotation = closingQuote || bytes.contains(UInt8(ascii: "\"")) || ByteText.contains(bytes, [0xE2, 0x80, 0x9C])  // “
        guard feature.words >= 4 || (quotation && feature.words >= 2) else { return false }
        return feature.strongCues == 0 && feature.callToActionCues == 0 && !feature.isCaption && !feature.isAuthorBox
            && !feature.creditTail && !feature.startsWithSymbol && feature.gluedJoins == 0
            && !ArticleMetadata.isMetadataLine(bytes, feature)
    }
}
