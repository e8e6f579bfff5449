extension SearchEntry {
    /// The most distinct body words a briefing's entry keeps, so the index stays small on big sites.
    static let bodyWordLimit = 80

    /// A briefing's entry: its headline, its summary (with date and source) and the distinct words of its body.
    public init(briefing rendered: RenderedBriefing) {
        let summary = rendered.summary
        var shown: [String] = []
        if let date = summary.date { shown.append(DateText.long(date)) }
        if let source = summary.source { shown.append(source) }
        let meta = shown.joined(separator: " · ")
        let text = [meta, summary.summary ?? ""].filter { !$0.isEmpty }.joined(separator: " — ")
        let words = PlainText.distinctWords(ofHTML: rendered.bodyHTML, limit: Self.bodyWordLimit)
        let extra = (summary.tags + words).joined(separator: " ")
        self.init(kind: .briefing, title: summary.title, text: text, url: summary.path, extra: extra)
    }
}
