/// A dateline in capitals at the start of a paragraph: "GDAŃSK, Poland —", "THE HAGUE
/// (Reuters) -", "WASHINGTON —". Its words name the place the story was filed from, in
/// capitals only by convention, so the place is named in the case running text gives it.
enum Dateline {
    /// The most words a dateline's place has ("RIO DE JANEIRO", "SALT LAKE CITY").
    static let maxWords = 4

    /// The token range of the place that opens sentence `s` as a dateline, if it does: words
    /// in capitals from the paragraph's start, then a dash ("WASHINGTON —"), the agency in
    /// brackets and a dash ("THE HAGUE (Reuters) -"), a comma, the region and a dash
    /// ("GDAŃSK, Poland —"), or a colon after a known place ("NEW DELHI:"); running text must
    /// follow. Unless the gazetteer knows the place, its words must be no common words
    /// ("BREAKING —"), codes, acronyms or a given name first ("GRAHAM DELAET —" is a person).
    /// O(words of the dateline).
    static func place(opening s: Sentence, tokens: [Token], kinds: [Gazetteer.Kind], text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let a = s.tokens.lowerBound
        guard a < s.tokens.upperBound, a == 0 || s.startsParagraph || tokens[a].flags.contains(.lineBefore) else { return nil }
        var b = a
        while b < s.tokens.upperBound, b - a < maxWords, isCapitals(tokens[b]) { b += 1 }
        // "AS - www...": function words alone name no place.
        guard b > a, b < s.tokens.upperBound, (a..<b).contains(where: { tokens[$0].kind == .word && !kinds[$0].contains(.function) }) else { return nil }
        // The region may end in an abbreviation that ends the sentence too ("HAYWARD, Calif. (AP) —").
        let limit = min(tokens.count, s.tokens.upperBound + 2 * maxWords)
        let whole = Gazetteer.shared.kinds(text, tokens[a].range.lowerBound..<tokens[b - 1].range.upperBound)
        let known = !whole.isDisjoint(with: [.country, .place])
        var k = b
        if isPunctuation(tokens[k], 0x2C, text) {
            // "GDAŃSK, Poland —": the region in running case, then the dash.
            k += 1
            while k < limit, k - b <= maxWords,
                  tokens[k].isCapitalizedWord || isPunctuation(tokens[k], 0x2C, text) || isPunctuation(tokens[k], 0x2E, text) { k += 1 }
            guard k > b + 1, k < limit else { return nil }
        }
        if isPunctuation(tokens[k], 0x28, text) {
            // "THE HAGUE (Reuters) -": the agency in brackets, then the dash.
            k += 1
            while k < limit, tokens[k].isCapitalizedWord { k += 1 }
            guard k < limit, isPunctuation(tokens[k], 0x29, text) else { return nil }
            k += 1
            guard k < limit, tokens[k].kind == .dash else { return nil }
        } else if !(tokens[k].kind == .dash || (known && k == b && isPunctuation(tokens[k], 0x3A, text))) {
            // A dash, or a colon after a known place ("NEW DELHI:").
            return nil
        }
        // The story goes on in running text: "RSS - FEEDS" and menu lines are no datelines.
        guard (k + 1..<min(limit, k + 12)).contains(where: { tokens[$0].kind == .word && !tokens[$0].flags.contains(.capitalized) && !tokens[$0].flags.contains(.allCaps) })
        else { return nil }
        if known { return a..<b }
        // A known acronym or organisation ("NATO —"), a code ("PS5 —") or a person's name
        // ("GRAHAM DELAET —") is no place.
        if b - a == 1 && !kinds[a].isDisjoint(with: [.acronym, .organization]) { return nil }
        if b - a >= 2 && kinds[a].contains(.givenName) { return nil }
        for i in a..<b where tokens[i].flags.contains(.hasDigit) || (kinds[i].contains(.common) && !kinds[i].contains(.function)) { return nil }
        return a..<b
    }

    @inline(__always) private static func isPunctuation(_ t: Token, _ byte: UInt8, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        t.kind == .punctuation && text[t.range.lowerBound] == byte
    }

    /// A word in capitals ("HAGUE", "ST.", "DE" of "RIO DE JANEIRO"), or the "THE" of "THE HAGUE".
    private static func isCapitals(_ t: Token) -> Bool {
        t.kind == .word && t.flags.contains(.allCaps) || t.kind == .hyphen || t.kind == .possessive
    }

    /// `name` as running text writes it: each word capitalized, name particles lower-case
    /// after the first word ("THE HAGUE" -> "The Hague", "RIO DE JANEIRO" -> "Rio de Janeiro",
    /// "GDAŃSK" -> "Gdańsk").
    static func normalCase(_ name: String) -> String {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            let lower = word.lowercased()
            let bytes = Array(lower.utf8)
            let particle = !out.isEmpty && bytes.withUnsafeBufferPointer { NameChunker.particles.contains($0, 0..<$0.count) }
            out += particle ? lower : lower.prefix(1).uppercased() + lower.dropFirst()
            word = ""
        }
        for c in name {
            // "ST. JOHN'S": an apostrophe stays inside its word.
            if c.isLetter || ((c == "'" || c == "’") && !word.isEmpty) {
                word.append(c)
            } else {
                flush()
                out.append(c)
            }
        }
        flush()
        return out
    }
}
