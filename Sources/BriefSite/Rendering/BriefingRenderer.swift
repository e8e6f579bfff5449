import BriefAnnotate
import BriefContent
import BriefMarkdown

/// The per-briefing steps of a build, in two calls so that entities can be merged site-wide in
/// between: `annotate` (parse, annotate the document's plain text, summarise) and `render`
/// (parse again, weave quotes and entity links into cmark's tree, render HTML).
///
/// Pure and `Sendable`: each call reads only its input and returns its result, so a build runs
/// one call per briefing in parallel. Parsing twice costs far less than holding every parsed
/// tree of the site between the two steps.
public struct BriefingRenderer: Sendable {
    public var markdownOptions: MarkdownOptions
    public var annotator: Annotator
    /// The annotator's registry by first word: which of its notes a text can depend on.
    public let registryDependence: RegistryDependence
    /// Rewrites links between briefings and to entity pages (see `LinkResolver`); nil leaves them.
    public var links: LinkResolver?

    /// A renderer whose annotator knows `registry` (from content/entities/ notes).
    public init(markdownOptions: MarkdownOptions, registry: EntityRegistry = EntityRegistry()) {
        self.markdownOptions = markdownOptions
        self.annotator = Annotator(registry: registry)
        registryDependence = RegistryDependence(registry)
    }

    /// The options a site's settings call for: raw HTML only with `unsafe_html: true`.
    public init(config: SiteConfig, registry: EntityRegistry = EntityRegistry()) {
        self.init(markdownOptions: config.unsafeHTML ? [.unsafeHTML] : [], registry: registry)
    }

    /// Step 1: annotates the briefing and summarises it (per-briefing entity ids). Never fails.
    public func annotate(_ briefing: Briefing) -> AnnotatedBriefing {
        let document = briefing.body.withUTF8 { MarkdownDocument(utf8: $0, options: markdownOptions, isValidUTF8: true) }
        // The text, its blocks and code spans in one walk (no map for wrapping: this document is
        // never wrapped).
        let prose = document.prose
        let text = prose.plainUTF8
        // Code spans are blanked for the annotator only: a quote's words come from `text`.
        let annotatable = prose.annotatableUTF8
        let (annotation, mentionCounts) = annotator.annotateCountingMentions(utf8: annotatable)
        var summary = BriefingSummary(
            briefing: briefing,
            summary: briefing.summary ?? SummaryText.firstParagraph(ofPlainText: text, blocks: prose.textBlocks))
        summary.entities = Self.entityCounts(annotation, mentionCounts: mentionCounts)
        summary.quotes = annotation.quotes.enumerated().map { index, quote in
            QuoteSummary(
                number: index + 1, text: SummaryText.quoteText(quote.words(in: text)),
                kind: quote.kind, speakerID: quote.speakerID.map(EntityID.sanitize).flatMap { $0.isEmpty ? nil : $0 },
                speaker: quote.speaker)
        }
        summary.wordCount = SummaryText.wordCount(text)
        let destinations = document.linkAndImageDestinations
        var annotated = AnnotatedBriefing(
            briefing: briefing, annotation: annotation, summary: summary,
            linkedEntityIDs: LinkResolver.entityIDs(linkedFrom: destinations),
            linkedBriefingPaths: LinkResolver.briefingPaths(linkedFrom: destinations, from: briefing.path))
        annotated.registryGroups = registryDependence.groups(in: annotatable)
        return annotated
    }

    /// The groups of the registry's names `briefing`'s words touch, as `annotate` finds them
    /// (its text parsed the same way), without annotating it.
    public func registryGroups(of briefing: Briefing) -> [Int32] {
        guard !registryDependence.isEmpty else { return [] }
        let document = briefing.body.withUTF8 { MarkdownDocument(utf8: $0, options: markdownOptions, isValidUTF8: true) }
        return registryDependence.groups(in: document.prose.annotatableUTF8)
    }

    /// Step 2: renders the annotated briefing with quotes and entity links woven in, entity ids
    /// made site-wide by `entities`, and an `id` on every heading (`BriefingAnchors`). Never
    /// fails: Markdown always renders.
    public func render(_ annotated: AnnotatedBriefing, entities: SiteEntities) -> RenderedBriefing {
        render(annotated, entities: entities, resolved: entities.resolved(annotated.summary))
    }

    /// Step 2 with the summary already resolved by `entities` (`entities.resolved(annotated.summary)`).
    /// `summaryIndex`: the place of `annotated.summary` among the summaries `entities` was merged
    /// from (its mentions are then resolved from the merge's record), -1 when unknown.
    func render(
        _ annotated: AnnotatedBriefing, entities: SiteEntities, resolved summary: BriefingSummary, summaryIndex: Int = -1
    ) -> RenderedBriefing {
        let document = annotated.briefing.body.withUTF8 { MarkdownDocument(utf8: $0, options: markdownOptions, isValidUTF8: true) }
        links?.rewrite(document, of: annotated.briefing, entities: entities)
        let path = annotated.summary.path
        let root = String(repeating: "../", count: PageContext.componentCount(path) - 1)
        // Woven and rendered on a Swift copy of the tree (`MarkdownWeave`): the same HTML as
        // wrapping cmark's tree and rendering it, without a cmark node and literal per wrap,
        // but for the headings' ids, which links to them need (`#reactions`).
        var weave = MarkdownWeave(document)
        weave.identifyHeadings(isReserved: BriefingAnchors.reservedIDs(besides: document.rawHTMLIDs))
        let weaver = AnnotationWeaver(
            root: root, entities: entities, summaryEntities: annotated.summary.entities, summaryIndex: summaryIndex)
        weave.wrap(weaver.wraps(for: annotated.annotation, in: weave, of: document))
        return RenderedBriefing(
            briefing: annotated.briefing, bodyHTMLUTF8: weave.renderHTMLUTF8(), summary: summary,
            annotation: annotated.annotation)
    }

    /// Both steps for a briefing on its own: its entities merged only among themselves.
    public func render(_ briefing: Briefing) -> RenderedBriefing {
        let annotated = annotate(briefing)
        return render(annotated, entities: SiteEntities(summaries: [annotated.summary], notes: []))
    }

    /// Mention counts per entity (ids sanitized for paths), most mentioned first.
    ///
    /// One entry per sanitized id, under the first entity that has it, counting the mentions of
    /// every id that sanitizes to it. Mentions are counted per entity by their raw id (a mention
    /// whose id is no entity's is sanitized and looked up), and the entries are sorted as
    /// indices, not as `EntityCount` values.
    static func entityCounts(_ annotation: Annotation) -> [EntityCount] {
        guard !annotation.entities.isEmpty else { return [] }
        let (byEntity, unmatched, distinct) = annotation.mentionCountsByEntity()
        return entityCounts(annotation, byEntity: byEntity, unmatched: unmatched, distinct: distinct)
    }

    /// `entityCounts(_:)` of an annotation fresh from the annotator, with the mention counts
    /// it gave (`Annotator.annotateCountingMentions`): its ids are all different and every
    /// mention's is an entity's, so no id is looked up.
    static func entityCounts(_ annotation: Annotation, mentionCounts: [Int]) -> [EntityCount] {
        guard !annotation.entities.isEmpty else { return [] }
        return entityCounts(annotation, byEntity: mentionCounts, unmatched: 0, distinct: true)
    }

    /// `byEntity`, `unmatched` and `distinct` as `Annotation.mentionCountsByEntity()` gives them.
    private static func entityCounts(_ annotation: Annotation, byEntity: [Int], unmatched: Int, distinct: Bool) -> [EntityCount] {
        let entities = annotation.entities
        var ids: [String] = []
        var firsts: [Int] = []
        var counts: [Int] = []
        if distinct && unmatched == 0 && entities.allSatisfy({ EntityID.isClean($0.id) }) {
            // The annotator's usual case: every id is a slug already and appears once, so each
            // entity is its own entry and no id goes through a dictionary.
            ids = entities.map(\.id)
            firsts = Array(entities.indices)
            counts = byEntity
        } else {
            var slotOfID: [String: Int] = [:]
            slotOfID.reserveCapacity(entities.count)
            for (e, entity) in entities.enumerated() {
                let id = EntityID.sanitize(entity.id)
                if let s = slotOfID[id] {
                    counts[s] += byEntity[e]
                } else {
                    slotOfID[id] = ids.count
                    ids.append(id)
                    firsts.append(e)
                    counts.append(byEntity[e])
                }
            }
            if unmatched > 0 {
                let known = Set(entities.map(\.id))
                for mention in annotation.mentions where !known.contains(mention.entityID) {
                    if let s = slotOfID[EntityID.sanitize(mention.entityID)] { counts[s] += 1 }
                }
            }
        }
        var order: [Int] = []
        order.reserveCapacity(ids.count)
        for s in ids.indices where counts[s] > 0 && !ids[s].isEmpty { order.append(s) }
        // The order of `EntityCount.mostMentionedFirst`: count, then name, then id (unique here).
        // Compared in place: reading a name out of the array retained and released it per comparison.
        counts.withUnsafeBufferPointer { counts in
            firsts.withUnsafeBufferPointer { firsts in
                entities.withUnsafeBufferPointer { entities in
                    ids.withUnsafeBufferPointer { ids in
                        order.sort { a, b in
                            if counts[a] != counts[b] { return counts[a] > counts[b] }
                            if entities[firsts[a]].name != entities[firsts[b]].name {
                                return entities[firsts[a]].name < entities[firsts[b]].name
                            }
                            return ids[a] < ids[b]
                        }
                    }
                }
            }
        }
        return order.map { s in
            let entity = entities[firsts[s]]
            return EntityCount(id: ids[s], name: entity.name, type: entity.type, count: counts[s], role: entity.role)
        }
    }
}
