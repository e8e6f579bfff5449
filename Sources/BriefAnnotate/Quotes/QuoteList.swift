/// Quotes listed one after another, joined only by commas, spaces and at most one "and", "or"
/// or "&": “We are ready,” “we are willing,” and “we are waiting,” Lavrov said. The attribution
/// after the list's last quote is every listed quote's (QuoteFinderRun borrows it for a quote
/// that has none of its own).
enum QuoteList {
    /// The most quotes one list may hold: lists are short, and the walk stays linear.
    static let maxLength = 8

    /// The last quote of the list that starts at `spans[k]`, and where the candidate after it
    /// starts; nil when `spans[k]` is joined to no quote after it.
    static func tail(from k: Int, of spans: [QuoteSpan], in text: [UInt8]) -> (span: QuoteSpan, next: Int)? {
        var j = k
        while j + 1 < spans.count, j - k + 1 < maxLength, joined(spans[j], spans[j + 1], in: text) { j += 1 }
        guard j > k else { return nil }
        return (spans[j], j + 1 < spans.count ? spans[j + 1].markStart : text.count)
    }

    /// What joins two quotes of one list.
    enum Joint: Equatable {
        /// Commas alone (in or after the first quote).
        case commas
        /// One "and", "or" or "&", with or without commas: the second quote goes on with the
        /// first (QuoteFinderRun gives it the first's attribution).
        case conjunction
    }

    /// Whether `a` and `b` are one list (`joint` is not nil).
    static func joined(_ a: QuoteSpan, _ b: QuoteSpan, in text: [UInt8]) -> Bool {
        joint(a, b, in: text) != nil
    }

    /// How the closed quote `a` and the quote `b` of the same paragraph are joined when only
    /// list separators stand between them, with a comma (in or after `a`) or one conjunction
    /// among them; nil for two quotes side by side without either, which are no list.
    static func joint(_ a: QuoteSpan, _ b: QuoteSpan, in text: [UInt8]) -> Joint? {
        guard a.style == .marks, b.style == .marks, a.closed, a.lastParagraph == b.firstParagraph,
              a.markEnd <= b.markStart, b.markStart - a.markEnd <= 8 else { return nil }
        var listed = endsWithComma(a.content, in: text)
        var conjunctions = 0
        var i = a.markEnd
        while i < b.markStart {
            let c = text[i]
            if c == 0x20 || c == 0x09 { i += 1; continue }
            if c == 0x2C { listed = true; i += 1; continue }
            conjunctions += 1
            if c == 0x26 { i += 1; continue } // &
            var e = i
            while e < b.markStart && TextBytes.isASCIILetter(text[e]) { e += 1 }
            let word = TextBytes.lowercased(text, i..<e)
            guard word == "and" || word == "or" else { return nil }
            i = e
        }
        switch conjunctions {
        case 0: return listed ? .commas : nil
        case 1: return .conjunction
        default: return nil
        }
    }

    private static func endsWithComma(_ r: Range<Int>, in text: [UInt8]) -> Bool {
        var e = r.upperBound
        while e > r.lowerBound && TextBytes.isASCIISpace(text[e - 1]) { e -= 1 }
        return e > r.lowerBound && text[e - 1] == 0x2C
    }
}
