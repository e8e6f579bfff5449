/// Marks that set off a name, not words someone said: "an app called “Screenwise Meter”",
/// "what is known as a “backstop”", "a report titled “Winter Railroading”", "the so-called
/// “deep state”". The words right before the opening mark give the name away; a speech verb
/// elsewhere in the sentence does not make such a name a quote.
enum NamingContext {
    /// Words that always introduce a name when they stand right before the mark (a
    /// determiner may come between): nobody is quoted by them.
    static let namingWords: WordList = ["titled", "entitled", "dubbed", "nicknamed", "so-called"]

    /// Words before "called" or "named" that make it a verb with its own subject or object
    /// ("she called “Help!”", "was called “a danger”", "called it “bold”") rather than a name
    /// after a common noun ("an app called", "a group named").
    static let notNamedThings: WordList = [
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "also", "it", "him", "her", "them",
        "they", "he", "she", "we", "i", "you", "who", "which", "that", "then", "and", "or", "but", "just", "once",
        "later", "even", "first", "again", "what", "this", "these", "those", "me", "us", "himself", "herself",
    ]

    /// Whether the words right before the opening mark at `markStart` (in paragraph
    /// `paragraph`) introduce a name. `content`: the quoted words.
    static func introducesName(_ text: [UInt8], markStart: Int, paragraph: Range<Int>, content: Range<Int>) -> Bool {
        let window = max(paragraph.lowerBound, markStart - 48)..<markStart
        let tokens = AttributionTokenizer.tokens(text, window)
        // The words running up to the mark, with no punctuation between them and it.
        var k = tokens.endIndex - 1
        guard k >= 0, tokens[k].kind == .word else { return false }
        var word = TextBytes.lowercased(text, tokens[k].range)
        if word == "a" || word == "an" || word == "the" {
            k -= 1
            guard k >= 0, tokens[k].kind == .word else { return false }
            word = TextBytes.lowercased(text, tokens[k].range)
        }
        if namingWords.contains(word) { return true }
        if word == "as" {
            return k >= 1 && tokens[k - 1].kind == .word && TextBytes.lowercased(text, tokens[k - 1].range) == "known"
        }
        guard word == "called" || word == "named" else { return false }
        // "an app called “Screenwise Meter”": a lower-case noun before the verb, and a name in
        // the marks (capitalised, a few words, no sentence of its own).
        guard k >= 1, tokens[k - 1].kind == .word else { return false }
        let before = tokens[k - 1].range
        let noun = TextBytes.lowercased(text, before)
        guard TextBytes.isLowerASCII(text[before.lowerBound]), noun.count >= 3, !noun.hasSuffix("ly"),
              !notNamedThings.contains(noun), !SpeechLexicon.pronouns.contains(noun) else { return false }
        return isShortName(text, content)
    }

    /// Whether `word` names what follows it ("titled", "called", "named"): "says a document
    /// titled White Paper: Railroading in Winter" sets off a title after its colon, no speech.
    static func isNamingVerb(_ word: String) -> Bool {
        namingWords.contains(word) || word == "called" || word == "named"
    }

    /// A nickname inside a personal name: "Riefian “Ifan” Fajarsyah", "Dwayne “The Rock”
    /// Johnson": a short capitalised name in the marks, a capitalised word right before the
    /// opening mark and right after the closing one, a single space each side.
    static func isNickname(_ text: [UInt8], markStart: Int, markEnd: Int, content: Range<Int>) -> Bool {
        guard markStart >= 2, markEnd + 1 < text.count, text[markStart - 1] == 0x20, text[markEnd] == 0x20,
              TextBytes.isUpperAt(text, markEnd + 1), isShortName(text, content) else { return false }
        // The word before: letters up to the space, starting with a capital (no "said." or "”").
        var s = markStart - 1
        while s > 0 && TextBytes.isASCIILetter(text[s - 1]) { s -= 1 }
        guard s < markStart - 1, TextBytes.isUpperASCII(text[s]), s == 0 || text[s - 1] == 0x20 else { return false }
        // "told Reuters “No” Tuesday": the capital before is a speech verb's object, the one
        // after a day.
        let after = AttributionTokenizer.wordEnd(text, markEnd + 1, text.count)
        if AttributionFinder.weekdays.contains(TextBytes.lowercased(text, (markEnd + 1)..<after)) { return false }
        var v = s - 1
        while v > 0 && TextBytes.isASCIILetter(text[v - 1]) { v -= 1 }
        return v >= s - 1 || !SpeechLexicon.speechVerbWords.contains(text, v..<(s - 1))
    }

    /// A capitalised first word, at most four words, and no stop, comma or question at the end.
    private static func isShortName(_ text: [UInt8], _ content: Range<Int>) -> Bool {
        guard !content.isEmpty, TextBytes.isUpperAt(text, content.lowerBound) else { return false }
        var words = 0
        var inWord = false
        for i in content {
            let w = TextBytes.isWordByte(text, i)
            if w && !inWord { words += 1 }
            inWord = w
        }
        let last = text[content.upperBound - 1]
        return words <= 4 && last != 0x2E && last != 0x21 && last != 0x3F && last != 0x2C
    }
}
