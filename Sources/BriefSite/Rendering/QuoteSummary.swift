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

    /// `q-NUMBER`, after `#` `asLink`. Written as bytes and made a short string from them
    /// (`ShortASCII`): every quote listed on a page makes one, and `"q-" + String(number)` cost
    /// some 270 instructions.
    static func anchor(_ number: Int, asLink: Bool) -> String {
        var words: (UInt64, UInt64) = (0, 0)
        let count = withUnsafeMutableBytes(of: &words) { raw -> Int in
            var count = 0
            if asLink {
                raw[0] = UInt8(ascii: "#")
                count = 1
            }
            raw[count] = UInt8(ascii: "q")
            raw[count + 1] = UInt8(ascii: "-")
            count += 2
            // Digits, most significant first; a number too long for a short string is left to
            // the plain join below.
            var rest = number.magnitude
            let digits = number < 0 || rest >= 1_000_000_000_000 ? 16 : decimalDigitCount(rest)
            guard count + digits <= 15 else { return 16 }
            for index in stride(from: count + digits - 1, through: count, by: -1) {
                raw[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            return count + digits
        }
        if count <= 15, let short = withUnsafeBytes(of: &words, { ShortASCII.string($0.baseAddress!, count: count) }) { return short }
        return (asLink ? "#q-" : "q-") + String(number)
    }

    /// The number of decimal digits of `value` (1 for 0).
    private static func decimalDigitCount(_ value: UInt) -> Int {
        var count = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }
}
