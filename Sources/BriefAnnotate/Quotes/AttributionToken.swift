/// One token of an attribution window: a word or a punctuation mark that matters for
/// finding the speaker. Ranges are UTF-8 byte offsets.
struct AttributionToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        /// `,` `;` or a dash inside a sentence.
        case comma
        case colon
        /// `.` `!` `?` ending a sentence.
        case stop
        /// A quotation mark.
        case mark
        case other
    }

    var range: Range<Int>
    var kind: Kind
}

/// Splits a window of text into tokens. O(window length).
enum AttributionTokenizer {
    /// Words that keep their period: honorifics, initials, months, company suffixes.
    private static let abbreviations = ByteLexicon(words: [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "prof",
        "sgt", "const", "rev", "coun", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co", "mt", "ft", "supt", "insp", "det",
    ])

    /// The tokens of `window`. `headOnly`: only as many as `AttributionFinder.sentenceHead`
    /// keeps of them (up to the first stop or mark, which is kept, or `headLimit` tokens), the
    /// rest of the window left unread: the words after a quote are read up to their sentence's end.
    static func tokens(_ text: [UInt8], _ window: Range<Int>, headOnly: Bool = false) -> [AttributionToken] {
        var result: [AttributionToken] = []
        // Punctuation-heavy windows hold more than a token per four bytes: room for one per two.
        result.reserveCapacity(headOnly ? min(window.count / 2 + 4, headLimit) : window.count / 2 + 4)
        var i = window.lowerBound
        let end = window.upperBound
        while i < end {
            let b = text[i]
            if TextBytes.isASCIISpace(b) { i += 1; continue }
            if TextBytes.isWordByte(text, i) {
                let start = i
                i = wordEnd(text, i, end)
                // Keep the period of abbreviations and initials: "Mr.", "J.", "U.S."
                if i < end && text[i] == 0x2E && isAbbreviation(text, start..<i) { i += 1 }
                result.append(AttributionToken(range: start..<i, kind: .word))
                if headOnly && result.count >= headLimit { break }
                continue
            }
            let length = min(TextBytes.codePointLength(b), end - i)
            let kind: AttributionToken.Kind
            switch b {
            case 0x2C, 0x3B: kind = .comma
            case 0x3A: kind = .colon
            case 0x2E, 0x21, 0x3F: kind = .stop
            case 0x22, 0xAB, 0xBB: kind = .mark
            case 0x28, 0x29: kind = .comma
            default:
                if let (mark, _) = QuoteMark.at(text, i) {
                    kind = mark == .dash ? .comma : .mark
                } else if b == 0xE2 && i + 2 < end && text[i + 1] == 0x80 && (text[i + 2] == 0x98 || text[i + 2] == 0x99) {
                    // ’ right after a word is an apostrophe ("Canadians’ release"), not a mark.
                    kind = text[i + 2] == 0x99 && i > 0 && TextBytes.isWordByte(text, i - 1) ? .other : .mark
                } else if b == 0xE2 && i + 2 < end && text[i + 1] == 0x80 && text[i + 2] == 0xA6 {
                    kind = .stop // …
                } else {
                    kind = .other
                }
            }
            result.append(AttributionToken(range: i..<(i + length), kind: kind))
            i += length
            if headOnly && (kind == .stop || kind == .mark || result.count >= headLimit) { break }
        }
        return result
    }

    /// The most tokens `AttributionFinder.sentenceHead` keeps.
    static let headLimit = 40

    /// End of the word starting at `i`: letters and digits, joined by apostrophes, hyphens
    /// and inner periods ("Kiev’s", "O'Brien", "Crown-Indigenous", "U.S").
    static func wordEnd(_ text: [UInt8], _ start: Int, _ end: Int) -> Int {
        text.withUnsafeBufferPointer { wordEnd($0, start, end) }
    }

    static func isAbbreviation(_ text: [UInt8], _ word: Range<Int>) -> Bool {
        text.withUnsafeBufferPointer { isAbbreviation($0, word) }
    }

    /// The abbreviation lexicon's flags for `text[word]`.
    static func abbreviationFlags(_ text: Bytes, _ word: Range<Int>) -> UInt32 {
        abbreviations.flags(text, word)
    }
}
