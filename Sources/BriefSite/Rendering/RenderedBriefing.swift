import BriefContent

/// One briefing after the per-briefing step: its body as HTML and its summary for site pages.
///
/// Issue 4 adds the briefing's annotation (quotes with speakers, entity mentions) here, and
/// summaries of them for entity and quote pages.
public struct RenderedBriefing: Sendable {
    public var briefing: Briefing
    /// The body as an HTML fragment, made by cmark (raw HTML escaped unless `unsafe_html`).
    public var bodyHTML: String
    public var summary: BriefingSummary

    public init(briefing: Briefing, bodyHTML: String, summary: BriefingSummary) {
        self.briefing = briefing
        self.bodyHTML = bodyHTML
        self.summary = summary
    }
}
