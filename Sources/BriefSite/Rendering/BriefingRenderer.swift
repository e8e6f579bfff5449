import BriefContent
import BriefMarkdown

/// The per-briefing step of a build: Markdown -> cmark tree -> (annotation) -> HTML.
///
/// Pure and `Sendable`: it reads only its input and returns its result, so a build runs one call
/// per briefing in parallel. This is where annotation plugs in (issue 4): annotate the parsed
/// document's text and weave quotes and entities into the cmark tree between parsing and
/// rendering, then return the annotation in `RenderedBriefing`.
public struct BriefingRenderer: Sendable {
    public var markdownOptions: MarkdownOptions
    /// Rewrites links between briefings and to entity pages (see `LinkResolver`); nil leaves them.
    public var links: LinkResolver?

    public init(markdownOptions: MarkdownOptions) {
        self.markdownOptions = markdownOptions
    }

    /// The options a site's settings call for: raw HTML only with `unsafe_html: true`.
    public init(config: SiteConfig) {
        self.init(markdownOptions: config.unsafeHTML ? [.unsafeHTML] : [])
    }

    /// Renders one briefing. Never fails: Markdown always renders.
    public func render(_ briefing: Briefing) -> RenderedBriefing {
        let document = MarkdownDocument(briefing.markdown, options: markdownOptions)
        links?.rewrite(document, of: briefing)
        // Issue 4: `let annotation = annotator.annotate(document)`; `document.weave(annotation)`.
        let html = document.renderHTML()
        let summary = briefing.summary ?? SummaryText.firstParagraph(ofHTML: html)
        return RenderedBriefing(briefing: briefing, bodyHTML: html, summary: BriefingSummary(briefing: briefing, summary: summary))
    }
}
