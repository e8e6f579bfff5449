import BriefBytes

/// Splits UTF-8 text into tokens: words, numbers, possessive endings, hyphens, dashes,
/// quotation marks and other punctuation. Whitespace is not a token; it shows in the
/// flags of the next token (`joined`, `lineBefore`, `paragraphBefore`).
///
/// Keeps together abbreviations with their period ("Mr.", "Gen.", "Jan."), acronyms with
/// inner periods ("U.S.", "D.C."), initials ("J."), decimals and thousands ("3.5", "1,000"),
/// inner apostrophes ("O'Brien", "don't"); splits possessives ("Kiev’s" -> "Kiev", "’s") and
/// hyphenated words ("US-Russia" -> "US", "-", "Russia"). O(n) in the byte count.
public struct Tokenizer: Sendable {
    public init() {}

    /// Abbreviations whose period belongs to the word (lowercased, without the period).
    static let abbreviations: Set<[UInt8]> = Set([
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
        "maj", "cmdr", "adm", "cpl", "pvt", "det", "rev", "fr", "st", "mt", "ft", "jr", "sr", "sra",
        "inc", "corp", "co", "ltd", "bros", "dept", "univ", "assn", "ave", "blvd", "rd", "no", "nos",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "vs", "etc", "approx", "est", "vol", "pp", "fig", "al", "cf", "ca", "gov't", "hon",
    ].map { Array($0.utf8) })

    /// Abbreviations that stand before a name and so never end a sentence.
    static let prenominal: Set<[UInt8]> = Set([
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
        "maj", "cmdr", "adm", "cpl", "pvt", "det", "rev", "fr", "st", "mt", "ft", "hon", "no",
    ].map { Array($0.utf8) })

    /// `prenominal` as a lexicon, probed without copying the word.
    static let prenominalLexicon = ByteLexicon(words: prenominal.map { String(decoding: $0, as: UTF8.self) })

    /// The tokens of `text`, in order.
    public func tokenize(_ text: [UInt8]) -> [Token] {
        text.withUnsafeBufferPointer { tokenize($0) }
    }

    func tokenize(_ t: UnsafeBufferPointer<UInt8>) -> [Token] {
        let n = t.count
        var tokens: [Token] = []
        tokens.reserveCapacity(n / 5 + 4)
        var i = 0
        var sawSpace = true
        var newlines = 0
        func spacing() -> Token.Flags {
            var f: Token.Flags = []
            if !sawSpace && !tokens.isEmpty { f.insert(.joined) }
            if newlines >= 1 { f.insert(.lineBefore) }
            if newlines >= 2 { f.insert(.paragraphBefore) }
            sawSpace = false
            newlines = 0
            return f
        }
        while i < n {
            let b = t[i]
            if b == 0x20 {
                sawSpace = true
                i += 1
                continue
            }
            // ASCII letters and digits start a word without the general classifier.
            if ByteClass.isASCIILetter(b) || ByteClass.isDigit(b) {
                let flags = spacing()
                if let (end, shape) = plainWord(t, at: i, n) {
                    tokens.append(makeWord(t, i..<end, flags, shape))
                    i = end
                    continue
                }
                var shape = WordShape()
                let end = scanWord(t, from: i, n, shape: &shape)
                tokens.append(makeWord(t, i..<end, flags, shape))
                i = end
                continue
            }
            let (kind, len) = ByteClass.classify(t, i, n)
            switch kind {
            case .space:
                sawSpace = true
                if t[i] == 0x0A { newlines += 1 }
                i += len
            case .letterUpper, .letterLower, .digit:
                let flags = spacing()
                var shape = WordShape()
                let end = scanWord(t, from: i, n, shape: &shape)
                tokens.append(makeWord(t, i..<end, flags, shape))
                i = end
            case .apostrophe:
                let flags = spacing()
                // "’s" after a word, or a bare "’" after a plural ("allies’"): possessive.
                if flags.contains(.joined), let last = tokens.last, last.kind == .word {
                    if i + len < n, t[i + len] | 0x20 == 0x73, !continuesWord(t, i + len + 1, n) {
                        tokens.append(Token(range: i..<(i + len + 1), kind: .possessive, flags: flags))
                        i += len + 1
                        continue
                    }
                    if t[last.range.upperBound - 1] | 0x20 == 0x73, !continuesWord(t, i + len, n) {
                        tokens.append(Token(range: i..<(i + len), kind: .possessive, flags: flags))
                        i += len
                        continue
                    }
                }
                tokens.append(Token(range: i..<(i + len), kind: .quote, flags: flags))
                i += len
            case .hyphen:
                let flags = spacing()
                // "--" is a dash; a hyphen between two words with no spaces joins them.
                if t[i] == 0x2D, i + 1 < n, t[i + 1] == 0x2D {
                    var j = i
                    while j < n, t[j] == 0x2D { j += 1 }
                    tokens.append(Token(range: i..<j, kind: .dash, flags: flags))
                    i = j
                    continue
                }
                let between = flags.contains(.joined) && continuesWord(t, i + len, n)
                tokens.append(Token(range: i..<(i + len), kind: between ? .hyphen : .dash, flags: flags))
                i += len
            case .dash:
                tokens.append(Token(range: i..<(i + len), kind: .dash, flags: spacing()))
                i += len
            case .quote:
                tokens.append(Token(range: i..<(i + len), kind: .quote, flags: spacing()))
                i += len
            case .other:
                tokens.append(Token(range: i..<(i + len), kind: .punctuation, flags: spacing()))
                i += len
            }
        }
        return tokens
    }

    /// True when a letter or digit starts at `i`.
    @inline(__always) private func continuesWord(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Bool {
        guard i < n else { return false }
        switch ByteClass.classify(t, i, n).kind {
        case .letterUpper, .letterLower, .digit: return true
        default: return false
        }
    }

    /// Letter and digit counts of a word, gathered while scanning it.
    struct WordShape: Equatable {
        var letters = 0
        /// Non-zero once a letter that is not a capital is seen (zero in "NATO").
        var lower = 0
        var digits = 0
        var firstLetterUpper: Bool?
    }

    /// What `scanWord` finds for the word at `start` when it is most words of a text: up to
    /// fifteen ASCII letters, then an ASCII byte that is not a letter, digit or apostrophe
    /// (a period only after two letters or more: "J." and "U.S." take the general rules).
    /// Read 8 bytes at a time; nil for any other word, and near the text's end.
    @inline(__always) func plainWord(_ t: UnsafeBufferPointer<UInt8>, at start: Int, _ n: Int) -> (end: Int, shape: WordShape)? {
        var j = start
        var anyLower = false
        while true {
            guard j + 8 <= n, j - start < 16 else { return nil }
            let (count, lower) = AsciiWords.letterPrefix(UnsafeRawPointer(t.baseAddress! + j).loadUnaligned(as: UInt64.self))
            j += count
            anyLower = anyLower || lower
            if count < 8 { break }
        }
        let letters = j - start
        guard letters > 0 else { return nil }
        let next = t[j]
        // A comma ends it too: one goes on only inside a number ("1,000"), and this word
        // starts with a letter.
        guard next < 0x80 && !ByteClass.isDigit(next) && next != 0x27 else { return nil }
        var end = j
        if next == 0x2E {
            // A period ends the word, or is part of an abbreviation ("Gen.", "Sept.").
            guard letters >= 2 else { return nil }
            if letters <= 6 && isAbbreviation(t, start..<j) { end = j + 1 }
        }
        let shape = WordShape(letters: letters, lower: anyLower ? 1 : 0, digits: 0, firstLetterUpper: ByteClass.isASCIIUpper(t[start]))
        return (end, shape)
    }

    /// The end of the word or number starting at `start`; `shape` gets its counts.
    func scanWord(_ t: UnsafeBufferPointer<UInt8>, from start: Int, _ n: Int, shape: inout WordShape) -> Int {
        var i = start
        var segment = 0 // letters since the last inner period
        var dotted = false
        let numeric = ByteClass.isDigit(t[start])
        while i < n {
            let b0 = t[i]
            // ASCII letters and digits without the general classifier.
            if ByteClass.isASCIILetter(b0) {
                if shape.firstLetterUpper == nil { shape.firstLetterUpper = ByteClass.isASCIIUpper(b0) }
                // The rest of a run of ASCII letters in one tight loop.
                var j = i
                var lower = false
                while j + 8 <= n {
                    let (count, anyLower) = AsciiWords.letterPrefix(UnsafeRawPointer(t.baseAddress! + j).loadUnaligned(as: UInt64.self))
                    j += count
                    lower = lower || anyLower
                    if count < 8 { break }
                }
                while j < n, ByteClass.isASCIILetter(t[j]) {
                    lower = lower || ByteClass.isASCIILower(t[j])
                    j += 1
                }
                shape.letters += j - i
                if lower { shape.lower += 1 }
                segment += j - i
                i = j
                continue
            }
            if ByteClass.isDigit(b0) {
                shape.digits += 1
                i += 1
                segment += 1
                continue
            }
            // Any other ASCII byte but an apostrophe, period or comma ends the word.
            if b0 < 0x80 && b0 != 0x27 && b0 != 0x2E && b0 != 0x2C { return i }
            let (kind, len) = ByteClass.classify(t, i, n)
            switch kind {
            case .letterUpper, .letterLower:
                shape.letters += 1
                if kind != .letterUpper { shape.lower += 1 }
                if shape.firstLetterUpper == nil { shape.firstLetterUpper = kind == .letterUpper }
                i += len
                segment += 1
                continue
            case .digit:
                i += len
                segment += 1
                continue
            case .apostrophe:
                // Inner apostrophe ("O'Brien", "don't"), but not a possessive "’s".
                if continuesWord(t, i + len, n) {
                    let s = i + len
                    if t[s] | 0x20 == 0x73, !continuesWord(t, s + 1, n) { return i }
                    i += len
                    segment += 1
                    continue
                }
                return i
            case .other:
                let b = t[i]
                // Decimals and thousands: "3.5", "1,000".
                if (b == 0x2E || b == 0x2C), numeric, i + 1 < n, ByteClass.isDigit(t[i + 1]), ByteClass.isDigit(t[i - 1]) {
                    i += 1
                    continue
                }
                if b == 0x2E {
                    // "U.S." and "D.C.": one letter, a period, one letter, a period.
                    if segment == 1, i + 2 < n, ByteClass.isASCIILetter(t[i + 1]), t[i + 2] == 0x2E {
                        let up = ByteClass.isASCIIUpper(t[i + 1])
                        shape.letters += 1
                        if !up { shape.lower += 1 }
                        dotted = true
                        i += 2
                        segment = 1
                        continue
                    }
                    if dotted { return i + 1 }
                    if segment == 1, ByteClass.isASCIIUpper(t[i - 1]) { return i + 1 } // initial "J."
                    if i - start <= 6, isAbbreviation(t, start..<i) { return i + 1 }
                }
                return i
            default:
                return i
            }
        }
        return i
    }

    /// `abbreviations` as a lexicon, probed without copying the word.
    private static let abbreviationLexicon: ByteLexicon = {
        var lex = ByteLexicon(capacity: abbreviations.count)
        for a in abbreviations { lex.insert(a, flags: 1) }
        return lex
    }()

    private func isAbbreviation(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        Tokenizer.abbreviationLexicon.flags(t, r) != 0
    }

    private func makeWord(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ spacing: Token.Flags, _ shape: WordShape) -> Token {
        var flags = spacing
        let letters = shape.letters, digits = shape.digits
        if shape.firstLetterUpper == true { flags.insert(.capitalized) }
        if letters >= 2 && shape.lower == 0 { flags.insert(.allCaps) }
        if digits > 0 { flags.insert(.hasDigit) }
        if t[r.upperBound - 1] == 0x2E {
            flags.insert(.abbreviation)
            if letters == 1 { flags.insert(.initial) }
        }
        let kind: Token.Kind = (digits > 0 && letters == 0) ? .number : .word
        return Token(range: r, kind: kind, flags: flags)
    }
}
