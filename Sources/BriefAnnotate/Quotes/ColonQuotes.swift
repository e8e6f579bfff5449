/// Candidates for unquoted speech after a colon: `Lavrov said: Europe is not ready.`
/// A paragraph without a colon costs one byte scan; the candidate runs from after the
/// colon to the end of the paragraph and must hold no quotation mark. Whether a speech
/// verb and a speaker precede the colon is checked by the finder.
enum ColonQuotes {
    static func candidates(in text: [UInt8], paragraphs: [Range<Int>]) -> [QuoteSpan] {
        var result: [QuoteSpan] = []
        for (pi, p) in paragraphs.enumerated() {
            var i = p.lowerBound
            while i < p.upperBound {
                guard let colon = text.withUnsafeBufferPointer({ ByteSearch.first(0x3A, in: $0, from: i, to: p.upperBound) }) else { break }
                i = colon
                defer { i += 1 }
                guard i > p.lowerBound, TextBytes.isWordByte(text, i - 1) else { continue }
                var start = i + 1
                guard start < p.upperBound, TextBytes.isSpace(text, start) else { continue } // not "10:30" or a URL
                while start < p.upperBound && TextBytes.isSpace(text, start) { start += TextBytes.codePointLength(text[start]) }
                guard start < p.upperBound, TextBytes.isUpperAt(text, start) else { continue }
                let end = TextBytes.trimmedEnd(text, start, p.upperBound)
                var words = 0
                var hasMark = false
                var k = start
                while k < end {
                    if text[k] == 0x20 { words += 1 }
                    if let (mark, _) = QuoteMark.at(text, k), mark != .dash { hasMark = true; break }
                    k += 1
                }
                if !hasMark && words >= 3 {
                    result.append(QuoteSpan(markStart: i, content: start..<end, markEnd: end, style: .colon,
                                            closed: true, firstParagraph: pi, lastParagraph: pi))
                }
                break // one colon quote per paragraph at most
            }
        }
        return result
    }
}
