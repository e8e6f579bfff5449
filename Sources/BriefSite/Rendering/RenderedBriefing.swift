import BriefAnnotate
import BriefContent

/// One briefing after the per-briefing steps: its body as HTML (annotations woven in), its
/// summary with site-wide entity ids for site pages, and the raw annotation.
public struct RenderedBriefing: Sendable {
    public var briefing: Briefing
    /// The body as an HTML fragment, made by cmark (raw HTML escaped unless `unsafe_html`), as
    /// UTF-8 bytes: made as bytes, written into the page, the cache and the search words as
    /// bytes, never validated into a String. Valid UTF-8: content is validated on load and the
    /// renderer keeps it so (`MarkdownWeave.renderHTMLUTF8()`).
    public var bodyHTMLUTF8: [UInt8]
    /// `bodyHTMLUTF8` as a String (made on each call).
    public var bodyHTML: String {
        get { String(decoding: bodyHTMLUTF8, as: UTF8.self) }
        set { bodyHTMLUTF8 = Array(newValue.utf8) }
    }
    public var summary: BriefingSummary
    /// What the annotator found (per-briefing ids; byte ranges in the document's plain text).
    public var annotation: Annotation

    public init(briefing: Briefing, bodyHTML: String, summary: BriefingSummary, annotation: Annotation = Annotation()) {
        self.init(briefing: briefing, bodyHTMLUTF8: Array(bodyHTML.utf8), summary: summary, annotation: annotation)
    }

    /// `bodyHTMLUTF8` must be valid UTF-8.
    public init(briefing: Briefing, bodyHTMLUTF8: [UInt8], summary: BriefingSummary, annotation: Annotation = Annotation()) {
        self.briefing = briefing
        self.bodyHTMLUTF8 = bodyHTMLUTF8
        self.summary = summary
        self.annotation = annotation
    }
}
