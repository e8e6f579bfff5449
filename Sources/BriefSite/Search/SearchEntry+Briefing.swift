extension SearchEntry {
    /// The most distinct body words a briefing's entry keeps, so the index stays small on big sites.
    static let bodyWordLimit = 80

    /// A briefing's entry: its headline, its summary (with date and source) and the distinct words of its body.
    /// (`SearchDocumentMaker.bytes(briefing:)` makes the same document without this entry.)
    public init(briefing rendered: RenderedBriefing) {
        let summary = rendered.summary
        let text = Self.briefingText(summary)
        // The tags then the body's words, joined by spaces, made as bytes (no String per word).
        var extra: [UInt8] = []
        extra.reserveCapacity(1_024)
        for (index, tag) in summary.tags.enumerated() {
            if index > 0 { extra.append(0x20) }
            extra.append(contentsOf: tag.utf8)
        }
        PlainText.appendDistinctWords(ofHTML: rendered.bodyHTMLUTF8, limit: Self.bodyWordLimit, separated: !summary.tags.isEmpty, to: &extra)
        self.init(kind: .briefing, title: summary.title, text: text, url: summary.path, extra: String(decoding: extra, as: UTF8.self))
    }

    /// A briefing's shown text: date and source joined by " · ", then the summary after " — "
    /// (each part only when there is one), made in one string.
    static func briefingText(_ summary: BriefingSummary) -> String {
        var text = summary.date.map(DateText.long) ?? ""
        if let source = summary.source {
            if summary.date != nil { text += " · " }
            text += source
        }
        if let summary = summary.summary, !summary.isEmpty {
            if !text.isEmpty { text += " — " }
            text += summary
        }
        return text
    }
}
