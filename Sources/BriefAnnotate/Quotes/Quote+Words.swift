extension Quote {
    /// The quoted words of `text` (the text the quote was found in): the bytes of `range`
    /// without the marks that reopen the quote at the start of each later paragraph.
    ///
    /// A quote over several paragraphs, in the English convention (no closing mark at the end
    /// of a paragraph, a new opening mark at the start of the next), is one span from its first
    /// word to its last, so that a renderer can wrap it once per paragraph; the inner opening
    /// marks lie inside the span but are no part of the words. O(range), and a plain slice
    /// when the quote has no line break.
    public func words(in text: [UInt8]) -> ArraySlice<UInt8> {
        let range = range.clamped(to: 0..<text.count)
        guard text[range].contains(0x0A) else { return text[range] }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let b = text[i]
            out.append(b)
            i += 1
            guard b == 0x0A else { continue }
            // The next paragraph's leading spaces and blank lines, then its opening mark.
            var j = i
            while j < range.upperBound, TextBytes.isSpace(text, j) { j += text[j] == 0xC2 ? 2 : 1 }
            guard j < range.upperBound, let (mark, length) = QuoteMark.at(text, j) ?? QuoteMark.single(text, j), Self.reopens(mark) else { continue }
            out.append(contentsOf: text[i..<j])
            // « Nous: the space after a guillemet goes with it.
            i = j + length
            while i < range.upperBound, TextBytes.isSpace(text, i), text[i] != 0x0A { i += text[i] == 0xC2 ? 2 : 1 }
        }
        return out[...]
    }

    /// Marks that open a quote: the ones a continued paragraph starts with.
    private static func reopens(_ mark: QuoteMark) -> Bool {
        switch mark {
        case .leftDouble, .straightDouble, .lowDouble, .leftGuillemet, .rightGuillemet, .leftSingle: return true
        default: return false
        }
    }
}
