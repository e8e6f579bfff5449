/// Finds direct quotes in plain text and ties each to its cue and speaker.
///
/// Deterministic and linear in the text: one byte scan for quotation marks and dashes
/// (`QuoteScanner`), one for capitalised names (`NameIndex`, only once a quote is accepted),
/// and bounded windows around each quote for the attribution.
struct QuoteFinder: Sendable {
    /// Bytes of context looked at on each side of a quote.
    static let window = 400

    func find(in text: [UInt8], mentions: [EntityMention], entities: [Entity]) -> [Quote] {
        let paragraphs = QuoteScanner.paragraphs(of: text)
        var spans = QuoteScanner().scan(text, paragraphs: paragraphs)
        spans += ColonQuotes.candidates(in: text, paragraphs: paragraphs)
        guard !spans.isEmpty else { return [] }
        spans.sort { ($0.markStart, $0.style == .marks ? 1 : 0) < ($1.markStart, $1.style == .marks ? 1 : 0) }
        var run = QuoteFinderRun(text: text, paragraphs: paragraphs, mentions: mentions, entities: entities)
        for (k, span) in spans.enumerated() {
            run.consider(span, next: k + 1 < spans.count ? spans[k + 1].markStart : text.count,
                         listTail: QuoteList.tail(from: k, of: spans, in: text))
        }
        return run.quotes
    }
}
