/// Groups tokens into sentences. A sentence ends after ".", "!", "?" or "…" (with any
/// closing quotes or brackets after it), at a paragraph break, and at a line break
/// unless the next line goes on in lowercase (a hard-wrapped sentence). An abbreviation's
/// period ends a sentence only when a sentence plausibly starts next ("in the U.S. The
/// President", but not "U.S. President" nor "Mr. Key"). O(tokens).
public struct SentenceSplitter: Sendable {
    public init() {}

    /// Capitalized words that usually start a sentence after an abbreviation.
    static let starters = ByteLexicon(words: [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "there", "his", "her", "its", "their", "our", "in", "on", "at", "but", "and",
        "however", "meanwhile", "after", "before", "when", "while", "if", "as", "so", "yet",
    ])

    /// The sentences of `tokens` over `text`, in order, covering every token once.
    public func split(_ tokens: [Token], in text: [UInt8]) -> [Sentence] {
        var sentences: [Sentence] = []
        sentences.reserveCapacity(tokens.count / 12 + 4)
        var start = 0
        func close(_ end: Int) {
            guard end > start else { return }
            sentences.append(Sentence(
                tokens: start..<end,
                range: tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound,
                startsParagraph: start == 0 || tokens[start].flags.contains(.paragraphBefore)))
            start = end
        }
        var i = 0
        while i < tokens.count {
            let tok = tokens[i]
            if i > start, tok.flags.contains(.lineBefore) {
                let hardWrap = !tok.flags.contains(.paragraphBefore) && tok.kind == .word && startsLowercase(tok, text)
                if !hardWrap { close(i) }
            }
            var ends = false
            if tok.kind == .punctuation {
                let b = text[tok.range.lowerBound]
                ends = b == 0x2E || b == 0x21 || b == 0x3F
                    || (tok.range.count == 3 && b == 0xE2 && text[tok.range.lowerBound + 1] == 0x80 && text[tok.range.lowerBound + 2] == 0xA6)
            } else if tok.kind == .word, tok.flags.contains(.abbreviation), i + 1 < tokens.count {
                ends = abbreviationEnds(tok, next: tokens[i + 1], text)
            }
            if ends {
                var j = i + 1
                // Take closing quotes and brackets (and more stops: "?!", "...") along.
                while j < tokens.count, !tokens[j].flags.contains(.lineBefore),
                      tokens[j].kind == .quote || isCloser(tokens[j], text) {
                    j += 1
                }
                if j >= tokens.count || tokens[j].flags.contains(.lineBefore) || !tokens[j].flags.contains(.joined) {
                    close(j)
                    i = j
                    continue
                }
            }
            i += 1
        }
        close(tokens.count)
        return sentences
    }

    private func startsLowercase(_ tok: Token, _ text: [UInt8]) -> Bool {
        ByteClass.isASCIILower(text[tok.range.lowerBound])
    }

    private func isCloser(_ tok: Token, _ text: [UInt8]) -> Bool {
        guard tok.kind == .punctuation, tok.range.count == 1 else { return false }
        let b = text[tok.range.lowerBound]
        return b == 0x29 || b == 0x5D || b == 0x2E || b == 0x21 || b == 0x3F
    }

    private func abbreviationEnds(_ tok: Token, next: Token, _ text: [UInt8]) -> Bool {
        if tok.flags.contains(.initial) { return false }
        if Tokenizer.prenominalLexicon.flags(text, tok.range.lowerBound..<(tok.range.upperBound - 1)) != 0 { return false }
        guard next.kind == .word, next.flags.contains(.capitalized) else { return false }
        return SentenceSplitter.starters.flags(text, next.range) != 0
    }
}
