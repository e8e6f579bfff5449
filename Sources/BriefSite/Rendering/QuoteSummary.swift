import BriefBytes
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
    public var anchor: String { Self.anchor(number, asLink: false) }

    /// The link to the quote from its own briefing page: `#q-3`.
    public var anchorLink: String { Self.anchor(number, asLink: true) }

    /// `q-NUMBER`, after `#` `asLink`. Written as bytes (the digits as the JSON writer makes
    /// them) and made a short string from them (`ShortASCII`): every quote listed on a page
    /// makes one, and `"q-" + String(number)` cost some 270 instructions.
    static func anchor(_ number: Int, asLink: Bool) -> String {
        let prefixCount = asLink ? 3 : 2
        let short: String? = number < 0 ? nil : JSONWriter.withDigits(of: UInt(number), minimumCount: 1) { digits in
            let count = prefixCount + digits.count
            guard count <= 15 else { return nil }
            var words: (UInt64, UInt64) = (0, 0)
            return withUnsafeMutableBytes(of: &words) { raw in
                if asLink { raw[0] = UInt8(ascii: "#") }
                raw[prefixCount - 2] = UInt8(ascii: "q")
                raw[prefixCount - 1] = UInt8(ascii: "-")
                for index in digits.indices { raw[prefixCount + index] = digits[index] }
                return ShortASCII.string(raw.baseAddress!, count: count)
            }
        }
        return short ?? (asLink ? "#q-" : "q-") + String(number)
    }
}
