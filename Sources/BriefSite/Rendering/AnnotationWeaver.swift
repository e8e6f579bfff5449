import BriefAnnotate
import BriefMarkdown

/// Turns an annotation into wraps of a document's text: each quote in a `<span class="quote">`
/// with an id (`q-3`) and its speaker's badge link after it, each entity mention in a link to its
/// entity page. All markup is made here from escaped values and sanitized ids.
struct AnnotationWeaver {
    /// From the page to the site root (`../../`).
    let root: String
    let entities: SiteEntities

    /// The wraps for `annotation` over `document`'s plain text.
    func wraps(for annotation: Annotation, in document: MarkdownDocument) -> [MarkdownWrap] {
        wraps(for: annotation, in: MarkdownWeave(document), of: document)
    }

    /// The wraps for `annotation` over the plain text of `weave`, copied from `document`.
    func wraps(for annotation: Annotation, in weave: MarkdownWeave, of document: MarkdownDocument) -> [MarkdownWrap] {
        let text = weave.plainTextUTF8
        let blocks = weave.textBlocks.map(\.range)
        // Link texts are looked up only when a quote has a speaker and there are links.
        var linksFound: [Range<Int>]?
        func links() -> [Range<Int>] {
            if let linksFound { return linksFound }
            let found = weave.hasLinks ? Self.linkRanges(document.links, in: text) : []
            linksFound = found
            return found
        }
        // Only formatting can cut a quote into pieces; most briefings have none near quotes.
        let containers = annotation.quotes.isEmpty ? [] : weave.inlineContainerRanges
        var wraps: [MarkdownWrap] = []
        for (index, quote) in annotation.quotes.enumerated() {
            var quote = quote
            quote.range = Self.withQuotationMarks(quote.range, in: text)
            wraps += quoteWraps(quote, number: index + 1, blocks: blocks, containers: containers, links: links)
        }
        // One opening tag per entity, shared by all its mentions (most entities are mentioned
        // several times): keyed by the mention's own id, nil when it resolves to no entity.
        var opens: [String: String?] = [:]
        opens.reserveCapacity(annotation.entities.count)
        wraps.reserveCapacity(wraps.count + annotation.mentions.count)
        for mention in annotation.mentions {
            let open: String?
            if let known = opens[mention.entityID] {
                open = known
            } else {
                open = entities.resolve(EntityID.sanitize(mention.entityID)).map(entityOpen)
                opens[mention.entityID] = open
            }
            guard let open else { continue }
            wraps.append(MarkdownWrap(range: mention.range, open: open, close: "</a>", avoidingLinks: true))
        }
        return wraps
    }

    /// `<a class="entity entity-TYPE" href="ROOT/entities/ID/index.html">`, appended piece by piece.
    private func entityOpen(_ entity: SiteEntity) -> String {
        var open = "<a class=\"entity entity-"
        open.reserveCapacity(64 + root.utf8.count + entity.id.utf8.count)
        open += Self.typeClass(entity.type)
        open += "\" href=\""
        open += root
        open += "entities/"
        open += entity.id
        open += "/index.html\">"
        return open
    }

    /// A quote wrapped once per block it spans and per run of formatting it crosses, so that the
    /// first piece alone carries the id and the last one alone the badge.
    private func quoteWraps(_ quote: Quote, number: Int, blocks: [Range<Int>], containers: [Range<Int>], links: () -> [Range<Int>]) -> [MarkdownWrap] {
        // The blocks are sorted and disjoint: start at the first one ending after the quote's start.
        var low = 0
        var high = blocks.count
        while low < high {
            let middle = (low + high) / 2
            if blocks[middle].upperBound > quote.range.lowerBound { high = middle } else { low = middle + 1 }
        }
        var pieces: [Range<Int>] = []
        var b = low
        while b < blocks.count, blocks[b].lowerBound < quote.range.upperBound {
            let lower = max(blocks[b].lowerBound, quote.range.lowerBound)
            let upper = min(blocks[b].upperBound, quote.range.upperBound)
            if lower < upper { pieces += InlineSpans.cut(lower..<upper, at: containers) }
            b += 1
        }
        guard !pieces.isEmpty else { return [] }
        let speaker = quote.speakerID.flatMap { entities.resolve(EntityID.sanitize($0)) }
        // `class="quote quote-KIND" data-speaker="ID">`: the end of every piece's opening tag.
        var attributes = "class=\"quote quote-"
        attributes.reserveCapacity(64 + (speaker?.id.utf8.count ?? 0))
        attributes += quote.kind.rawValue
        attributes += "\""
        if let speaker {
            attributes += " data-speaker=\""
            attributes += speaker.id
            attributes += "\""
        }
        attributes += ">"
        var badge = ""
        if let speaker {
            let name = HTMLEscaping.escape(speaker.name)
            // A link may not sit inside a Markdown link: there the badge is plain text.
            if links().contains(where: { $0.overlaps(quote.range) }) {
                badge.reserveCapacity(110 + name.utf8.count)
                badge += "</span><span class=\"quote-speaker-name\"><span class=\"visually-hidden\">said by </span>"
                badge += name
                badge += "</span>"
            } else {
                badge.reserveCapacity(110 + root.utf8.count + speaker.path.utf8.count + name.utf8.count)
                badge += "</span><a class=\"quote-speaker\" href=\""
                badge += root
                badge += speaker.path
                badge += "\"><span class=\"visually-hidden\">said by </span>"
                badge += name
                badge += "</a>"
            }
        } else {
            badge = "</span>"
        }
        var wraps: [MarkdownWrap] = []
        wraps.reserveCapacity(pieces.count)
        for (offset, piece) in pieces.enumerated() {
            var open = "<span"
            open.reserveCapacity(24 + attributes.utf8.count)
            if offset == 0 {
                open += " id=\"q-"
                open += String(number)
                open += "\""
            }
            open += " "
            open += attributes
            wraps.append(MarkdownWrap(range: piece, open: open, close: offset == pieces.count - 1 ? badge : "</span>"))
        }
        return wraps
    }

    /// `range` widened to take in the quotation marks right around it, when there are marks on
    /// both sides, so the highlight covers them and the speaker badge comes after the closing one.
    static func withQuotationMarks(_ range: Range<Int>, in text: [UInt8]) -> Range<Int> {
        let range = range.clamped(to: 0..<text.count)
        let marks = quotationMarks
        func mark(endingAt end: Int) -> Int? {
            marks.first { end - $0.count >= 0 && text[(end - $0.count)..<end].elementsEqual($0) }?.count
        }
        func mark(startingAt start: Int) -> Int? {
            marks.first { start + $0.count <= text.count && text[start..<(start + $0.count)].elementsEqual($0) }?.count
        }
        guard !range.isEmpty, let before = mark(endingAt: range.lowerBound) else { return range }
        // A closing mark may sit after a final stop inside the range ("territory.”").
        guard let after = mark(startingAt: range.upperBound) else { return range }
        return (range.lowerBound - before)..<(range.upperBound + after)
    }

    /// The marks `withQuotationMarks` takes in, as UTF-8, in the order they are tried.
    private static let quotationMarks: [[UInt8]] = ["“", "”", "\"", "«", "»", "„", "‘", "’", "'"].map { Array($0.utf8) }

    /// `person`, `place`, `org`, `group`, `other`: the CSS class suffix of a type.
    static func typeClass(_ type: EntityType) -> String {
        // The raw value lower-cased, as literals: this runs for every entity link of a build.
        switch type {
        case .person: "person"
        case .place: "place"
        case .org: "org"
        case .group: "group"
        case .other: "other"
        }
    }

    /// Where the links' texts lie in the plain text, found in document order: links cannot nest,
    /// so each search starts after the previous link's start. O(text x links) at worst.
    static func linkRanges(_ links: [MarkdownLink], in text: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var cursor = 0
        for link in links where !link.isImage && !link.text.isEmpty {
            let needle = Array(link.text.utf8)
            var start = cursor
            while start + needle.count <= text.count {
                if text[start] == needle[0], text[start..<(start + needle.count)].elementsEqual(needle) {
                    ranges.append(start..<(start + needle.count))
                    cursor = start + 1
                    break
                }
                start += 1
            }
        }
        return ranges
    }
}
