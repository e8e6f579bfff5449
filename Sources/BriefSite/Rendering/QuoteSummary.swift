import BriefAnnotate

/// One quote of a briefing, as quote and entity pages show it.
public struct QuoteSummary: Sendable, Hashable {
    /// 1-based position in the briefing; the anchor is `q-NUMBER`.
    public var number: Int
    /// The quoted words, without the quotation marks.
    public var text: String
    public var kind: QuoteKind
    /// The speaker's entity id (site-wide after the merge), when known.
    public var speakerID: String?
    /// The speaker's name, when known.
    public var speaker: String?

    public init(number: Int, text: String, kind: QuoteKind, speakerID: String? = nil, speaker: String? = nil) {
        self.number = number
        self.text = text
        self.kind = kind
        self.speakerID = speakerID
        self.speaker = speaker
    }

    /// The element id of the quote on its briefing page: `q-3`.
    public var anchor: String {
        // Appended, not interpolated (several times the cost): every listed quote makes one.
        var anchor = "q-"
        anchor.append(String(number))
        return anchor
    }
}
