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
    /// Rewrites links between briefings and to entity pages (see `LinkResolver`); nil leaves them.
    public var links: LinkResolver?

    /// A renderer whose annotator knows `registry` (from content/entities/ notes).
    public init(markdownOptions: MarkdownOptions, registry: EntityRegistry = EntityRegistry()) {
        self.markdownOptions = markdownOptions
        self.annotator = Annotator(registry: registry)
    }

    /// The options a site's settings call for: raw HTML only with `unsafe_html: true`.
    public init(config: SiteConfig, registry: EntityRegistry = EntityRegistry()) {
        self.init(markdownOptions: config.unsafeHTML ? [.unsafeHTML] : [], registry: registry)
    }

    /// Step 1: annotates the briefing and summarises it (per-briefing entity ids). Never fails.
    public func annotate(_ briefing: Briefing) -> AnnotatedBriefing {
        let document = MarkdownDocument(briefing.markdown, options: markdownOptions)
        let text = document.plainTextUTF8
        let annotation = annotator.annotate(utf8: text)
        var summary = BriefingSummary(
            briefing: briefing,
            summary: briefing.summary ?? SummaryText.firstParagraph(ofPlainText: text, blocks: document.textBlocks))
        summary.entities = Self.entityCounts(annotation)
        summary.quotes = annotation.quotes.enumerated().map { index, quote in
            QuoteSummary(
                number: index + 1, text: SummaryText.collapsed(text[quote.range.clamped(to: 0..<text.count)]),
                kind: quote.kind, speakerID: quote.speakerID.map(EntityID.sanitize).flatMap { $0.isEmpty ? nil : $0 },
                speaker: quote.speaker)
        }
        summary.wordCount = SummaryText.wordCount(text)
        return AnnotatedBriefing(briefing: briefing, annotation: annotation, summary: summary)
    }

    /// Step 2: renders the annotated briefing with quotes and entity links woven in, entity ids
    /// made site-wide by `entities`. Never fails: Markdown always renders.
    public func render(_ annotated: AnnotatedBriefing, entities: SiteEntities) -> RenderedBriefing {
        render(annotated, entities: entities, resolved: entities.resolved(annotated.summary))
    }

    /// Step 2 with the summary already resolved by `entities` (`entities.resolved(annotated.summary)`).
    func render(_ annotated: AnnotatedBriefing, entities: SiteEntities, resolved summary: BriefingSummary) -> RenderedBriefing {
        let document = MarkdownDocument(annotated.briefing.markdown, options: markdownOptions)
        links?.rewrite(document, of: annotated.briefing)
        let path = annotated.summary.path
        let root = String(repeating: "../", count: PageContext.componentCount(path) - 1)
        // Woven and rendered on a Swift copy of the tree (`MarkdownWeave`): the same HTML as
        // wrapping cmark's tree and rendering it, without a cmark node and literal per wrap.
        var weave = MarkdownWeave(document)
        weave.wrap(AnnotationWeaver(root: root, entities: entities).wraps(for: annotated.annotation, in: weave, of: document))
        return RenderedBriefing(
            briefing: annotated.briefing, bodyHTML: weave.renderHTML(), summary: summary,
            annotation: annotated.annotation)
    }

    /// Both steps for a briefing on its own: its entities merged only among themselves.
    public func render(_ briefing: Briefing) -> RenderedBriefing {
        let annotated = annotate(briefing)
        return render(annotated, entities: SiteEntities(summaries: [annotated.summary], notes: []))
    }

    /// Mention counts per entity (ids sanitized for paths), most mentioned first.
    static func entityCounts(_ annotation: Annotation) -> [EntityCount] {
        var counts: [String: Int] = [:]
        for mention in annotation.mentions { counts[EntityID.sanitize(mention.entityID), default: 0] += 1 }
        var result: [EntityCount] = []
        for entity in annotation.entities {
            let id = EntityID.sanitize(entity.id)
            // Taking the count out also marks the id as listed: a later entity with the same id is skipped.
            guard !id.isEmpty, let count = counts.removeValue(forKey: id) else { continue }
            result.append(EntityCount(id: id, name: entity.name, type: entity.type, count: count, role: entity.role))
        }
        return result.sorted(by: EntityCount.mostMentionedFirst)
    }
}
