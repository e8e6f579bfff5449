import BriefAnnotate
import BriefMarkdown

/// Turns an annotation into wraps of a document's text: each quote in a `<span class="quote">`
/// with an id (`q-3`) and its speaker's badge link after it, each entity mention in a link to its
/// entity page. All markup is made here from escaped values and sanitized ids.
struct AnnotationWeaver {
    /// From the page to the site root (`../../`).
    let root: String
    let entities: SiteEntities
    /// The briefing's own entities (its summary's before the merge) and its summary's index
    /// among those `entities` was merged from (-1: not one of them): a mention whose id is one
    /// of these is resolved from the merge's record of it, not by hashing its id.
    var summaryEntities: [EntityCount] = []
    var summaryIndex = -1

    /// The wraps for `annotation` over `document`'s plain text.
    func wraps(for annotation: Annotation, in document: MarkdownDocument) -> MarkdownWrapList {
        wraps(for: annotation, in: MarkdownWeave(document), of: document)
    }

    /// The wraps for `annotation` over the plain text of `weave`, copied from `document`, their
    /// markup written into the list's one buffer (an entity's opening tag once for all its mentions).
    func wraps(for annotation: Annotation, in weave: MarkdownWeave, of document: MarkdownDocument) -> MarkdownWrapList {
        let text = weave.plainTextUTF8
        var list = MarkdownWrapList(
            wraps: annotation.quotes.count * 2 + annotation.mentions.count,
            bytes: annotation.quotes.count * 200 + annotation.entities.count * (72 + root.utf8.count))
        if !annotation.quotes.isEmpty {
            let blocks = weave.textBlockRanges
            // Link texts are looked up only when a quote has a speaker and there are links.
            var linksFound: [Range<Int>]?
            func links() -> [Range<Int>] {
                if let linksFound { return linksFound }
                let found = weave.hasLinks ? Self.linkRanges(document.links, in: text) : []
                linksFound = found
                return found
            }
            // Only formatting can cut a quote into pieces; most briefings have none near quotes.
            let containers = weave.inlineContainerRanges
            var pieces: [Range<Int>] = []
            for (index, quote) in annotation.quotes.enumerated() {
                let range = Self.withQuotationMarks(quote.range, in: text)
                addQuote(range, quote, number: index + 1, blocks: blocks, containers: containers, links: links,
                         pieces: &pieces, to: &list)
            }
        }
        guard !annotation.mentions.isEmpty else { return list }
        var mentionLinksFound: [Range<Int>]?
        func mentionLinks() -> [Range<Int>] {
            if let mentionLinksFound { return mentionLinksFound }
            let found = Self.linkRanges(document.links, in: text)
            mentionLinksFound = found
            return found
        }
        // One opening tag per entity, shared by all its mentions (most entities are mentioned
        // several times): keyed by the mention's own id, nil when it resolves to no entity.
        let close = list.append("</a>" as StaticString)
        var opens = OpenTags(capacity: annotation.entities.count)
        let hasLinks = weave.hasLinks
        // The briefing's own entities, each entry's tag made once (a short list: searched by value).
        let ownEntities = summaryIndex >= 0 && summaryEntities.count <= EntityCount.scannedListLimit ? summaryEntities : []
        var ownOpens = [OwnOpen](repeating: .unknown, count: ownEntities.count)
        // Mentions read in place: a copy of each would retain and release its id.
        annotation.mentions.withUnsafeBufferPointer { mentions in
            ownEntities.withUnsafeBufferPointer { own in
                for m in mentions.indices {
                    guard let open = openTag(for: mentions[m].entityID, own: own, ownOpens: &ownOpens, opens: &opens, list: &list)
                    else { continue }
                    let range = mentions[m].range
                    // A name partly in an author's link (`[Emmanuel](url) Macron`): the rest is linked
                    // without the space between them.
                    if hasLinks, let pieces = Self.pieces(of: range, outside: mentionLinks(), in: text) {
                        for piece in pieces { list.add(piece, open: open, close: close, avoidingLinks: true) }
                        continue
                    }
                    list.add(range, open: open, close: close, avoidingLinks: true)
                }
            }
        }
        return list
    }

    /// The opening tag of the entity `id` names (nil when it names none), made on first use:
    /// one of the briefing's own entities is resolved from the merge's record of its summary
    /// entry, any other id through the site-wide table (both remembered per briefing).
    private func openTag(
        for id: String, own: UnsafeBufferPointer<EntityCount>, ownOpens: inout [OwnOpen], opens: inout OpenTags,
        list: inout MarkdownWrapList
    ) -> MarkdownWrapList.Markup? {
        if let entry = own.firstIndex(where: { String.isSameValue($0.id, id) }),
            let made = ownOpen(entry, id: id, in: &ownOpens, list: &list) {
            return made
        }
        let hash = OpenTags.hash(id)
        if let known = opens.find(id, hash: hash) { return known }
        let open = entities.number(resolving: EntityID.sanitize(id)).map { addEntityOpen(number: $0, to: &list) }
        opens.insert(id, hash: hash, open)
        return open
    }

    /// What the opening tag of one of the briefing's own entities is, once asked.
    private enum OwnOpen {
        case unknown
        /// The entity was dropped by the merge: no link.
        case dropped
        case tag(MarkdownWrapList.Markup)
    }

    /// The opening tag for entry `entry` of `summaryEntities` (whose id is `id`), made on first
    /// use: `.some(nil)` when the merge dropped the entity, nil when the merge's record of the
    /// entry is not `id`'s (the id is then looked up).
    private func ownOpen(
        _ entry: Int, id: String, in opens: inout [OwnOpen], list: inout MarkdownWrapList
    ) -> MarkdownWrapList.Markup?? {
        switch opens[entry] {
        case .tag(let markup): return .some(markup)
        case .dropped: return .some(nil)
        case .unknown:
            guard let number = entities.number(ofEntry: entry, inSummary: summaryIndex, id: id) else { return nil }
            if number < 0 {
                opens[entry] = .dropped
                return .some(nil)
            }
            let markup = addEntityOpen(number: number, to: &list)
            opens[entry] = .tag(markup)
            return .some(markup)
        }
    }

    /// The parts of `range` outside `links` (sorted text ranges), each without spaces at its
    /// ends, empty ones dropped; nil when no link overlaps `range` (the usual case).
    static func pieces(of range: Range<Int>, outside links: [Range<Int>], in text: [UInt8]) -> [Range<Int>]? {
        guard links.contains(where: { $0.overlaps(range) }) else { return nil }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        func add(_ end: Int) {
            var lower = start, upper = end
            while lower < upper, text[lower] == 0x20 || text[lower] == 0x0A { lower += 1 }
            while upper > lower, text[upper - 1] == 0x20 || text[upper - 1] == 0x0A { upper -= 1 }
            if lower < upper { pieces.append(lower..<upper) }
        }
        for link in links where link.overlaps(range) {
            if link.lowerBound > start { add(link.lowerBound) }
            start = max(start, link.upperBound)
        }
        if start < range.upperBound { add(range.upperBound) }
        return pieces
    }

    /// `<a class="entity entity-TYPE" href="ROOT/entities/ID/index.html">` for site entity
    /// `number`: three copies (the type's start, the root, the entity's link tail).
    private func addEntityOpen(number: Int, to list: inout MarkdownWrapList) -> MarkdownWrapList.Markup {
        let start = list.end
        list.appendBytes(of: Self.entityOpenStart(entities.type(ofNumber: number)))
        list.appendBytes(of: root)
        entities.appendLinkTail(ofNumber: number, to: &list)
        return list.markup(since: start)
    }

    /// `<a class="entity entity-TYPE" href="`, as a constant.
    private static func entityOpenStart(_ type: EntityType) -> StaticString {
        switch type {
        case .person: "<a class=\"entity entity-person\" href=\""
        case .place: "<a class=\"entity entity-place\" href=\""
        case .org: "<a class=\"entity entity-org\" href=\""
        case .group: "<a class=\"entity entity-group\" href=\""
        case .other: "<a class=\"entity entity-other\" href=\""
        }
    }

    /// `ROOT/entities/ID/index.html` (`EntityID.link(to:from:)`), written into the markup.
    private func appendEntityLink(_ id: String, to list: inout MarkdownWrapList) {
        list.appendBytes(of: root)
        list.appendBytes(of: "entities/" as StaticString)
        list.appendBytes(of: id)
        list.appendBytes(of: "/index.html" as StaticString)
    }

    /// A quote wrapped once per block it spans and per run of formatting it crosses, so that the
    /// first piece alone carries the id and the last one alone the badge. `range` is the quote's
    /// with its quotation marks; `pieces` is scratch space.
    private func addQuote(
        _ range: Range<Int>, _ quote: Quote, number: Int, blocks: [Range<Int>], containers: [Range<Int>],
        links: () -> [Range<Int>], pieces: inout [Range<Int>], to list: inout MarkdownWrapList
    ) {
        // The blocks are sorted and disjoint: start at the first one ending after the quote's start.
        var low = 0
        var high = blocks.count
        while low < high {
            let middle = (low + high) / 2
            if blocks[middle].upperBound > range.lowerBound { high = middle } else { low = middle + 1 }
        }
        while !pieces.isEmpty { pieces.removeLast() }
        var b = low
        while b < blocks.count, blocks[b].lowerBound < range.upperBound {
            let lower = max(blocks[b].lowerBound, range.lowerBound)
            let upper = min(blocks[b].upperBound, range.upperBound)
            if lower < upper { InlineSpans.cut(lower..<upper, at: containers, into: &pieces) }
            b += 1
        }
        guard !pieces.isEmpty else { return }
        let speaker = quote.speakerID.flatMap { entities.resolve(EntityID.sanitize($0)) }
        // `<span id="q-N" class="quote quote-KIND" data-speaker="ID">`: the first piece's opening
        // tag; the others' is the same without the id.
        let first = list.end
        list.appendBytes(of: "<span id=\"q-" as StaticString)
        list.appendDecimal(number)
        list.appendBytes(of: "\"" as StaticString)
        let attributes = list.end
        list.appendBytes(of: " class=\"quote quote-" as StaticString)
        list.appendBytes(of: quote.kind.rawValue)
        list.appendBytes(of: "\"" as StaticString)
        if let speaker {
            list.appendBytes(of: " data-speaker=\"" as StaticString)
            list.appendBytes(of: speaker.id)
            list.appendBytes(of: "\"" as StaticString)
        }
        list.appendBytes(of: ">" as StaticString)
        let firstOpen = list.markup(since: first)
        let otherOpen = pieces.count > 1 ? otherOpening(attributes: attributes, to: &list) : firstOpen
        let badgeStart = list.end
        list.appendBytes(of: "</span>" as StaticString)
        let plainClose = list.markup(since: badgeStart)
        if let speaker {
            // A link may not sit inside a Markdown link: there the badge is plain text.
            if links().contains(where: { $0.overlaps(range) }) {
                list.appendBytes(of: "<span class=\"quote-speaker-name\"><span class=\"visually-hidden\">said by </span>" as StaticString)
                list.appendEscaped(speaker.name)
                list.appendBytes(of: "</span>" as StaticString)
            } else {
                list.appendBytes(of: "<a class=\"quote-speaker\" href=\"" as StaticString)
                appendEntityLink(speaker.id, to: &list)
                list.appendBytes(of: "\"><span class=\"visually-hidden\">said by </span>" as StaticString)
                list.appendEscaped(speaker.name)
                list.appendBytes(of: "</a>" as StaticString)
            }
        }
        let badge = list.markup(since: badgeStart)
        for (offset, piece) in pieces.enumerated() {
            list.add(piece, open: offset == 0 ? firstOpen : otherOpen, close: offset == pieces.count - 1 ? badge : plainClose)
        }
    }

    /// `<span` and the attributes written from `attributes` on (the first piece's, after its id).
    private func otherOpening(attributes: Int, to list: inout MarkdownWrapList) -> MarkdownWrapList.Markup {
        let start = list.end
        list.appendBytes(of: "<span" as StaticString)
        list.appendMarkup(from: attributes, to: start)
        return list.markup(since: start)
    }

    /// `range` widened to take in the quotation marks right around it, when there are marks on
    /// both sides, so the highlight covers them and the speaker badge comes after the closing one.
    static func withQuotationMarks(_ range: Range<Int>, in text: [UInt8]) -> Range<Int> {
        let range = range.clamped(to: 0..<text.count)
        // « mots »: French spaces inside the marks are taken in with them.
        var lower = range.lowerBound, upper = range.upperBound
        while let n = length(of: innerSpaces, endingAt: lower, in: text) { lower -= n }
        while let n = length(of: innerSpaces, startingAt: upper, in: text) { upper += n }
        guard !range.isEmpty, let before = length(of: quotationMarks, endingAt: lower, in: text) else { return range }
        // A closing mark may sit after a final stop inside the range ("territory.”").
        guard let after = length(of: quotationMarks, startingAt: upper, in: text) else { return range }
        return (lower - before)..<(upper + after)
    }

    /// The spaces that may stand between a quotation mark and the quoted words, as UTF-8:
    /// space, no-break space, thin space, narrow no-break space.
    private static let innerSpaces: [[UInt8]] = [" ", "\u{00A0}", "\u{2009}", "\u{202F}"].map { Array($0.utf8) }

    /// The length of the first of `strings` that ends at byte `end` of `text`, if one does.
    private static func length(of strings: [[UInt8]], endingAt end: Int, in text: [UInt8]) -> Int? {
        strings.first { end - $0.count >= 0 && text[(end - $0.count)..<end].elementsEqual($0) }?.count
    }

    /// The length of the first of `strings` that starts at byte `start` of `text`, if one does.
    private static func length(of strings: [[UInt8]], startingAt start: Int, in text: [UInt8]) -> Int? {
        strings.first { start + $0.count <= text.count && text[start..<(start + $0.count)].elementsEqual($0) }?.count
    }

    /// The CSS class suffix of a type, as a constant (`typeClass` as a String).
    static func typeClassConstant(_ type: EntityType) -> StaticString {
        switch type {
        case .person: "person"
        case .place: "place"
        case .org: "org"
        case .group: "group"
        case .other: "other"
        }
    }

    /// The marks `withQuotationMarks` takes in, as UTF-8, in the order they are tried.
    private static let quotationMarks: [[UInt8]] = ["“", "”", "\"", "«", "»", "„", "‘", "’", "'"].map { Array($0.utf8) }

    /// `person`, `place`, `org`, `group`, `other`: the CSS class suffix of a type, as a String
    /// (`typeClassConstant`'s bytes). Decoded once per type, not at each call: every entity link
    /// of every list asks for it, and decoding cost some 160 instructions a call.
    static func typeClass(_ type: EntityType) -> String {
        typeClasses[type.order]
    }

    /// `typeClass` of each type, by `EntityType.order`.
    private static let typeClasses: [String] = {
        precondition(Set(EntityType.allCases.map(\.order)) == Set(0..<EntityType.allCases.count), "EntityType.order is no dense index")
        var classes = [String](repeating: "", count: EntityType.allCases.count)
        for type in EntityType.allCases {
            let constant = typeClassConstant(type)
            classes[type.order] = String(decoding: UnsafeBufferPointer(start: constant.utf8Start, count: constant.utf8CodeUnitCount), as: UTF8.self)
        }
        return classes
    }()

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
