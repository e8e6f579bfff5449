/// Finds quoted stretches in UTF-8 text: double quotes (curly, straight, low-9, guillemets),
/// quotes over several paragraphs and dash-introduced paragraphs.
///
/// One pass over the bytes, O(n): a paragraph without any byte that can start a mark is
/// skipped after a single cheap check. Unbalanced marks never stop the scan: an open quote
/// ends at its paragraph's end unless the next paragraph continues it with an opening mark.
struct QuoteScanner: Sendable {
    /// `reversedGuillemet`: »Wörter«, as German and Scandinavian text sets them; `single`:
    /// ‘words’, as British text sets its outer quotes.
    private enum Family { case double, low, guillemet, reversedGuillemet, single }

    private struct Open {
        var markStart: Int
        var contentStart: Int
        var family: Family
        var paragraph: Int
    }

    /// Paragraphs are lines; blank lines and lines without letters (" .") are trivial.
    static func paragraphs(of text: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(text.count / 128 + 4)
        var start = 0
        let n = text.count
        text.withUnsafeBufferPointer { t in
            while let i = ByteSearch.first(0x0A, in: t, from: start, to: n) {
                result.append(start..<i)
                start = i + 1
            }
        }
        result.append(start..<n)
        return result
    }

    /// Whether a paragraph holds no letter or digit.
    static func isTrivial(_ text: [UInt8], _ p: Range<Int>) -> Bool {
        for i in p {
            let b = text[i]
            if TextBytes.isASCIILetter(b) || TextBytes.isDigit(b) || (b >= 0xC3 && b != 0xE2) { return false }
        }
        return true
    }

    /// All quote spans of `text`, sorted by `markStart`. Dash spans may contain other spans;
    /// the finder decides which to keep.
    func scan(_ text: [UInt8], paragraphs: [Range<Int>]) -> [QuoteSpan] {
        // nextWithWords[i]: the first paragraph after i that has words (paragraphs.count if none),
        // computed once so that runs of empty paragraphs are never rescanned.
        var nextWithWords = [Int](repeating: paragraphs.count, count: paragraphs.count + 1)
        if !paragraphs.isEmpty {
            for i in stride(from: paragraphs.count - 2, through: 0, by: -1) {
                nextWithWords[i] = Self.isTrivial(text, paragraphs[i + 1]) ? nextWithWords[i + 1] : i + 1
            }
        }
        var spans: [QuoteSpan] = []
        var open: Open?
        var pi = 0
        var resumeAt: Int?
        while pi < paragraphs.count {
            let p = paragraphs[pi]
            var i = resumeAt ?? p.lowerBound
            resumeAt = nil
            if open == nil {
                guard let first = firstMarkByte(text, p) else { pi += 1; continue }
                if let dash = dashSpan(text, p, paragraph: pi) { spans.append(dash) }
                // No byte before the first one that may start a mark can do anything below.
                i = first
            }
            while i < p.upperBound {
                let b = text[i]
                guard QuoteMark.mayStart(b), let (mark, length) = QuoteMark.at(text, i) ?? QuoteMark.single(text, i) else {
                    // On to the next byte that may start a mark, eight bytes at a time.
                    i = firstMarkByte(text, i + 1..<p.upperBound) ?? p.upperBound
                    continue
                }
                let after = i + length
                // An apostrophe (’) opens nothing and only closes ‘…’: most single marks skip the checks.
                if mark == .rightSingle && open?.family != .single {
                    i = after
                    continue
                }
                let prevSpace = isOpeningContext(text, i, p)
                let nextSpace = after >= p.upperBound || TextBytes.isSpace(text, after)
                let nextPunct = after < p.upperBound && isClosingFollower(text[after])
                if let o = open {
                    if closes(mark, o.family, prevSpace: prevSpace, nextSpace: nextSpace, nextPunct: nextPunct) {
                        let content = Self.innerTrimmed(text, o.contentStart..<i)
                        // ‘n’ of "rock ‘n’ roll" is no quote.
                        if !content.isEmpty && (o.family != .single || Self.letterCount(text, content, atLeast: 2)) {
                            spans.append(QuoteSpan(markStart: o.markStart, content: content, markEnd: after,
                                                   style: .marks, closed: true, firstParagraph: o.paragraph, lastParagraph: pi,
                                                   single: o.family == .single))
                        }
                        open = nil
                    }
                } else if let family = opens(mark, prevSpace: prevSpace, nextSpace: nextSpace, nextPunct: nextPunct) {
                    open = Open(markStart: i, contentStart: after, family: family, paragraph: pi)
                }
                i = after
            }
            guard let o = open else { pi += 1; continue }
            // The quote is open at the paragraph's end: it continues only when the next
            // paragraph with words opens with a mark of the same family.
            let next = nextWithWords[pi]
            if next < paragraphs.count, let resume = continuation(text, paragraphs[next], family: o.family) {
                pi = next
                resumeAt = resume
                continue
            }
            let content = Self.innerTrimmed(text, o.contentStart..<p.upperBound)
            // A ‘ never closed is an apostrophe or a typo more often than a quote.
            if !content.isEmpty && o.family != .single {
                spans.append(QuoteSpan(markStart: o.markStart, content: content, markEnd: content.upperBound,
                                       style: .marks, closed: false, firstParagraph: o.paragraph, lastParagraph: pi))
            }
            open = nil
            pi += 1
        }
        spans.sort { $0.markStart < $1.markStart }
        return spans
    }

    /// Whether `range` holds at least `count` ASCII letters or other-script bytes.
    private static func letterCount(_ text: [UInt8], _ range: Range<Int>, atLeast count: Int) -> Bool {
        var n = 0
        for i in range where TextBytes.isASCIILetter(text[i]) || text[i] >= 0xC3 {
            n += 1
            if n >= count { return true }
        }
        return false
    }

    /// `range` without the spaces at its ends: French typography sets « mots » with (no-break,
    /// often narrow) spaces inside the marks, and they are no part of the quoted words.
    static func innerTrimmed(_ text: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, let n = spaceLength(text, lower) { lower += n }
        while upper > lower {
            if TextBytes.isASCIISpace(text[upper - 1]) { upper -= 1; continue }
            if upper - 2 >= lower, spaceLength(text, upper - 2) == 2 { upper -= 2; continue }
            if upper - 3 >= lower, spaceLength(text, upper - 3) == 3 { upper -= 3; continue }
            break
        }
        return lower..<upper
    }

    /// The length of the space at `i`: ASCII, no-break (U+00A0), thin (U+2009) or narrow no-break (U+202F).
    private static func spaceLength(_ text: [UInt8], _ i: Int) -> Int? {
        let b = text[i]
        if TextBytes.isASCIISpace(b) { return 1 }
        if b == 0xC2, i + 1 < text.count, text[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < text.count, text[i + 1] == 0x80, text[i + 2] == 0x89 || text[i + 2] == 0xAF { return 3 }
        return nil
    }

    private func firstMarkByte(_ text: [UInt8], _ p: Range<Int>) -> Int? {
        // The bytes of `QuoteMark.mayStart`.
        text.withUnsafeBufferPointer { ByteSearch.first(0x22, 0xE2, 0xC2, 0x27, in: $0, from: p.lowerBound, to: p.upperBound) }
    }

    /// True when the byte before `i` lets a mark open a quote: paragraph start, space,
    /// an opening bracket, a dash or another opening mark.
    private func isOpeningContext(_ text: [UInt8], _ i: Int, _ p: Range<Int>) -> Bool {
        if i == p.lowerBound { return true }
        let b = text[i - 1]
        if TextBytes.isASCIISpace(b) || b == 0x28 || b == 0x5B || b == 0x7B || b == 0x2F { return true }
        if b == 0xA0 && i >= 2 && text[i - 2] == 0xC2 { return true }
        let start = TextBytes.codePointStart(text, i - 1)
        if let (mark, _) = QuoteMark.at(text, start), mark == .dash || mark == .leftDouble || mark == .leftGuillemet {
            return true
        }
        // ‘ before a mark
        return start + 2 < text.count && text[start] == 0xE2 && text[start + 1] == 0x80 && text[start + 2] == 0x98
    }

    @inline(__always) private func isClosingFollower(_ b: UInt8) -> Bool {
        switch b {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x2D, 0x22, 0x27, 0xE2, 0xC2: return true
        default: return false
        }
    }

    private func opens(_ mark: QuoteMark, prevSpace: Bool, nextSpace: Bool, nextPunct: Bool) -> Family? {
        switch mark {
        case .leftDouble: return nextSpace && !prevSpace ? nil : .double
        case .straightDouble: return prevSpace && !nextSpace ? .double : nil
        case .lowDouble: return .low
        // A « glued to the word before it and followed by a space or a stop closes a »…« quote.
        case .leftGuillemet: return !prevSpace && (nextSpace || nextPunct) ? nil : .guillemet
        case .leftSingle: return prevSpace && !nextSpace && !nextPunct ? .single : nil
        case .rightGuillemet: return prevSpace && !nextSpace && !nextPunct ? .reversedGuillemet : nil
        default: return nil
        }
    }

    private func closes(_ mark: QuoteMark, _ family: Family, prevSpace: Bool, nextSpace: Bool, nextPunct: Bool) -> Bool {
        switch (mark, family) {
        // ’ closes before a space or a stop; inside a word or before one ("don’t", "’90s") it is an apostrophe.
        case (.rightSingle, .single): return !prevSpace && (nextSpace || nextPunct)
        case (_, .single), (.leftSingle, _), (.rightSingle, _): return false
        case (.rightGuillemet, .guillemet), (.leftGuillemet, .reversedGuillemet): return true
        case (_, .guillemet), (_, .reversedGuillemet): return false
        case (.rightDouble, _): return true
        case (.leftDouble, .low): return true
        case (.leftDouble, .double): return !prevSpace && (nextSpace || nextPunct) // a mistyped closing mark
        case (.straightDouble, _): return !prevSpace || nextSpace
        case (.doubledSingle, _): return !prevSpace
        default: return false
        }
    }

    /// The byte after the opening mark that starts paragraph `p`, when it continues a quote.
    private func continuation(_ text: [UInt8], _ p: Range<Int>, family: Family) -> Int? {
        var i = p.lowerBound
        while i < p.upperBound && TextBytes.isSpace(text, i) { i += TextBytes.codePointLength(text[i]) }
        guard i < p.upperBound, let (mark, length) = QuoteMark.at(text, i) ?? QuoteMark.single(text, i) else { return nil }
        switch (mark, family) {
        case (.leftDouble, .double), (.straightDouble, .double), (.lowDouble, .low), (.leftGuillemet, .guillemet),
             (.rightGuillemet, .reversedGuillemet), (.leftSingle, .single):
            return i + length
        default:
            return nil
        }
    }

    /// A paragraph opening with an en or em dash and a space: the words up to the next
    /// spaced dash (or the paragraph's end) are a dash quote candidate.
    private func dashSpan(_ text: [UInt8], _ p: Range<Int>, paragraph: Int) -> QuoteSpan? {
        var i = p.lowerBound
        while i < p.upperBound && TextBytes.isSpace(text, i) { i += TextBytes.codePointLength(text[i]) }
        guard i < p.upperBound, let (mark, length) = QuoteMark.at(text, i), mark == .dash else { return nil }
        let markStart = i
        i += length
        guard i < p.upperBound, TextBytes.isSpace(text, i) else { return nil }
        while i < p.upperBound && TextBytes.isSpace(text, i) { i += TextBytes.codePointLength(text[i]) }
        let contentStart = i
        while i < p.upperBound {
            if text[i] == 0xE2, let (m, len) = QuoteMark.at(text, i), m == .dash,
               i > contentStart, TextBytes.isSpace(text, i - 1),
               i + len >= p.upperBound || TextBytes.isSpace(text, i + len) || text[i + len] == 0x2C {
                let end = TextBytes.trimmedEnd(text, contentStart, i)
                guard end > contentStart else { return nil }
                return QuoteSpan(markStart: markStart, content: contentStart..<end, markEnd: i + len,
                                 style: .dash, closed: true, firstParagraph: paragraph, lastParagraph: paragraph)
            }
            i += 1
        }
        let end = TextBytes.trimmedEnd(text, contentStart, p.upperBound)
        guard end > contentStart else { return nil }
        return QuoteSpan(markStart: markStart, content: contentStart..<end, markEnd: end,
                         style: .dash, closed: false, firstParagraph: paragraph, lastParagraph: paragraph)
    }
}
