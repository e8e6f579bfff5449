/// A quoted stretch found by `QuoteScanner`, before it is attributed or filtered.
struct QuoteSpan: Sendable, Equatable {
    enum Style: Sendable, Equatable {
        /// Between quotation marks.
        case marks
        /// A paragraph opening with a dash (`– text – he said`).
        case dash
        /// Unquoted words after a colon that follows a speech verb (`Lavrov said: text`).
        case colon
    }

    /// First byte of the opening mark or dash.
    var markStart: Int
    /// The quoted words without the marks.
    var content: Range<Int>
    /// First byte after the closing mark; `content.upperBound` when there is none.
    var markEnd: Int
    /// How the quote is set off.
    var style: Style
    /// False when the quote ran to the end of its paragraph without a closing mark.
    var closed: Bool
    /// Index of the paragraph the quote opens in.
    var firstParagraph: Int
    /// Index of the paragraph the quote ends in (later than `firstParagraph` for
    /// quotes running over several paragraphs).
    var lastParagraph: Int
    /// Set off by single marks (‘…’): British outer quotes, but also headlines' and scare quotes.
    var single = false
}
