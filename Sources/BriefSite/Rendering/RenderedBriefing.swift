import BriefAnnotate
import BriefContent

/// One briefing after the per-briefing steps: its body as HTML (annotations woven in), its
/// summary with site-wide entity ids for site pages, and the raw annotation.
public struct RenderedBriefing: Sendable {
    public var briefing: Briefing
    /// The body as an HTML fragment, made by cmark (raw HTML escaped unless `unsafe_html`).
    public var bodyHTML: String
    public var summary: BriefingSummary
    /// What the annotator found (per-briefing ids; byte ranges in the document's plain text).
    public var annotation: Annotation

    public init(briefing: Briefing, bodyHTML: String, summary: BriefingSummary, annotation: Annotation = Annotation()) {
        self.briefing = briefing
        self.bodyHTML = bodyHTML
        self.summary = summary
        self.annotation = annotation
    }
}
