/// Marks that set off a name, not words someone said: "an app called “Screenwise Meter”",
/// "what is known as a “backstop”", "a report titled “Winter Railroading”", "the so-called
/// “deep state”". The words right before the opening mark give the name away; a speech verb
/// elsewhere in the sentence does not make such a name a quote.
enum NamingContext {
    /// Words that always introduce a name when they stand right before the mark (a
    /// determiner may come between): nobody is quoted by them.
    static let namingWords = WordSet(["titled", "dubbed", "nicknamed", "so-called"])

    /// Words before "called" or "named" that make it a verb with its own subject or object
    /// ("she called “Help!”", "was called “a danger”", "called it “bold”") rather than a name
    /// after a common noun ("an app called", "a group named").
    static let notNamedThings = WordSet([
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "also", "it", "him", "her", "them",
        "they", "he", "she", "we", "i", "you", "who", "which", "that", "then", "and", "or", "but", "just", "once",
        "later", "even", "first", "again", "what", "this", "these", "those", "me", "us", "himself", "herself",
    ])

    static let articles = WordSet(["a", "an", "the"])

    /// Whether the words right before the opening mark at `markStart` (in paragraph
    /// `paragraph`) introduce a name. `content`: the quoted words. Reads the bytes of at most
    /// three words back; builds no String.
    static func introducesName(_ text: [UInt8], markStart: Int, paragraph: Range<Int>, content: Range<Int>) -> Bool {
        // The words running up to the mark, with only spaces between them and it.
        guard var word = wordBefore(text, markStart, floor: paragraph.lowerBound) else { return false }
        if articles.contains(text, word) {
            guard let previous = wordBefore(text, word.lowerBound, floor: paragraph.lowerBound) else { return false }
            word = previous
        }
        if namingWords.contains(text, word) { return true }
        // "a film entitled “Northern Lights”", but "workers were entitled “to a fair wage.”":
        // only a name after "entitled".
        if TextBytes.equalsIgnoringCase(text, word, "entitled") { return isShortName(text, content) }
        if TextBytes.equalsIgnoringCase(text, word, "as") {
            guard let previous = wordBefore(text, word.lowerBound, floor: paragraph.lowerBound),
                  TextBytes.equalsIgnoringCase(text, previous, "known") else { return false }
            // "known as a “backstop”", "known as “Project Lantern,”": a few words; "He was
            // known as “a man who never gave up,” his widow said" quotes a description.
            return isShortPhrase(text, content)
        }
        guard TextBytes.equalsIgnoringCase(text, word, "called") || TextBytes.equalsIgnoringCase(text, word, "named") else { return false }
        // "an app called “Screenwise Meter”": a lower-case noun before the verb, and a name in
        // the marks (capitalised, a few words, no sentence of its own).
        guard let noun = wordBefore(text, word.lowerBound, floor: paragraph.lowerBound) else { return false }
        guard TextBytes.isLowerASCII(text[noun.lowerBound]), noun.count >= 3,
              !(text[noun.upperBound - 2] == 0x6C && text[noun.upperBound - 1] == 0x79), // -ly adverbs
              !notNamedThings.contains(text, noun), !SpeechLexicon.pronounWords.contains(text, noun) else { return false }
        // The noun is what is named only when it is some verb's or preposition's object ("withdrew
        // an app called", "in a report named", "withdrew market-research app called"): as the
        // sentence's or a clause's subject it is the one calling ("The umpire called “Strike”",
        // "and the guards called “Halt”"), with nothing or a clause's first word before it.
        guard var before = wordBefore(text, noun.lowerBound, floor: paragraph.lowerBound) else { return false }
        if articles.contains(text, before) {
            guard let governor = wordBefore(text, before.lowerBound, floor: paragraph.lowerBound) else { return false }
            before = governor
        }
        guard !clauseOpeners.contains(text, before) else { return false }
        if isSubjectsPhrase(text, preposition: before, paragraph: paragraph, content: content) { return false }
        return isShortName(text, content)
    }

    /// Prepositions that open a phrase placing a group of people: "Fans in the stadium". The
    /// speaker finder's own list (AttributionFinder.placingPrepositions), so that the one it
    /// finds is the subject this check lets call ("on the train", "from the north" are left out:
    /// the speaker finder would hand the quote to the train).
    static let placingPrepositions = WordSet(AttributionFinder.placingPrepositions)

    /// Nouns for a gathering that calls out, singular though they mean many.
    static let gatheringNouns = WordSet(["crowd", "audience", "congregation", "chorus"])

    /// Plural nouns for people who may call out together: "Fans in the stadium called". Any
    /// other plural is no caller ("Houses in the street called", "Songs in the album called",
    /// "Files in the folder called" name the street, the album, the folder).
    static let peoplePlurals = WordSet([
        "fans", "supporters", "residents", "locals", "villagers", "neighbours", "neighbors", "protesters", "protestors",
        "demonstrators", "marchers", "activists", "strikers", "workers", "miners", "staff", "students", "pupils",
        "children", "parents", "teachers", "doctors", "nurses", "engineers", "soldiers", "troops", "police", "officers",
        "guards", "prisoners", "inmates", "rebels", "militants", "fighters", "shoppers", "tourists", "visitors",
        "passengers", "commuters", "spectators", "onlookers", "viewers", "listeners", "voters", "delegates", "lawmakers",
        "players", "pilgrims", "worshippers", "mourners", "bidders", "bettors", "traders", "farmers", "refugees",
        "hostages", "survivors", "witnesses", "people", "men", "women", "hundreds", "thousands", "dozens", "crowds",
        "patients", "musicians", "runners", "hikers", "researchers", "scientists", "critics", "rescuers", "climbers",
    ])

    /// Places that usually bear a name: "Residents in the town called “Hope”" names the town.
    private static let settlementNouns = WordSet([
        "town", "village", "city", "street", "road", "estate", "district", "suburb", "neighbourhood", "neighborhood",
    ])

    /// Bodies that speak for their people ("officials at the ministry"): the speaker finder
    /// gives them the quote, so a phrase placing a subject there lets nobody call.
    private static let organisationNounWords = WordSet(SpeechLexicon.organisationNouns)

    /// Whether the noun before "called" sits in a phrase after the clause's subject, so that
    /// the subject is the one calling: "Fans in the stadium called “Resign”", "The crowd
    /// outside the court called “Shame”". The subject is a plural or a gathering noun opening
    /// its clause, the place is a definite one ("a town called" introduces a name), and the
    /// sentence ends soon after the closing mark, so that no verb there takes the subject:
    /// "A man in a town called “Hope” won", "Residents of the town called “Hope” in Arkansas
    /// said" name the town.
    private static func isSubjectsPhrase(_ text: [UInt8], preposition: Range<Int>, paragraph: Range<Int>, content: Range<Int>) -> Bool {
        guard placingPrepositions.contains(text, preposition),
              let head = wordBefore(text, preposition.lowerBound, floor: paragraph.lowerBound), head.count >= 3 else { return false }
        // The place: "the" and a noun that is no body speaking for its people.
        guard let article = wordAfter(text, preposition.upperBound, ceiling: paragraph.upperBound),
              TextBytes.equalsIgnoringCase(text, article, "the"),
              let place = wordAfter(text, article.upperBound, ceiling: paragraph.upperBound),
              !organisationNounWords.contains(text, place), !settlementNouns.contains(text, place) else { return false }
        guard peoplePlurals.contains(text, head) || gatheringNouns.contains(text, head) else { return false }
        // "Workers at the plant called “Unit 4”", "Hikers in the canyon called “Devil’s Spine”":
        // a name in the marks names the place, whatever follows.
        guard !isTitleCaseName(text, content) else { return false }
        // The head opens its clause: nothing before it but an article or a clause's first word.
        if var opener = wordBefore(text, head.lowerBound, floor: paragraph.lowerBound) {
            if articles.contains(text, opener) {
                guard let first = wordBefore(text, opener.lowerBound, floor: paragraph.lowerBound) else { return endsSoon(text, content, paragraph) }
                opener = first
            }
            guard clauseOpeners.contains(text, opener) else { return false }
        }
        return endsSoon(text, content, paragraph)
    }

    /// Small words a title or a name keeps in lower case: "Art of the Deal".
    private static let titleSmallWords = WordSet(["of", "the", "and", "a", "an", "in", "on", "at", "to", "for", "de"])

    /// Whether `content` reads as a name: two or more words, each capitalised, a number or a
    /// small word ("Unit 4", "The Old Wood", "Devil’s Spine"), a word with a digit in it
    /// ("M87"), or one capitalised word that is no English word ("Grenfell"); an exclamation
    /// mark makes it a call ("Out! Out!"). "Resign", "Sack him" and "Ten thousand" are calls.
    private static func isTitleCaseName(_ text: [UInt8], _ content: Range<Int>) -> Bool {
        guard !text[content].contains(0x21) else { return false } // "!"
        var words = 0
        var i = content.lowerBound
        let end = content.upperBound
        while i < end {
            let c = text[i]
            if c == 0x20 || c == 0x2C || c == 0x2E { i += 1; continue } // space , .
            var e = i
            var digit = false
            while e < end && text[e] != 0x20 && text[e] != 0x2C {
                if text[e] >= 0x30 && text[e] <= 0x39 { digit = true }
                e += 1
            }
            if digit { return true }
            words += 1
            guard TextBytes.isUpperASCII(c) || (words > 1 && titleSmallWords.contains(text, i..<e)) else { return false }
            i = e
        }
        guard words == 1 else { return words >= 2 }
        // One word: a name unless it is an English word ("Resign", "Encore"; "Grenfell" is a name).
        var a = content.lowerBound, b = content.upperBound
        while a < b && !TextBytes.isASCIILetter(text[a]) { a += 1 }
        while b > a && !TextBytes.isASCIILetter(text[b - 1]) { b -= 1 }
        guard a < b else { return false }
        return text.withUnsafeBufferPointer { !Gazetteer.shared.kinds($0, a..<b).contains(.common) }
    }

    /// The first ASCII word starting at `start` after spaces, if a word stands there.
    private static func wordAfter(_ text: [UInt8], _ start: Int, ceiling: Int) -> Range<Int>? {
        var i = start
        while i < ceiling && text[i] == 0x20 { i += 1 }
        var e = i
        while e < ceiling && TextBytes.isASCIILetter(text[e]) { e += 1 }
        return i < e ? i..<e : nil
    }

    /// Clause openers after the closing mark that start a clause of their own ("as the coach
    /// left"); "and", "or" and "but" may join a second subject ("and their parents marched").
    private static let subordinators = WordSet([
        "as", "when", "while", "before", "after", "until", "once", "because", "then",
    ])

    /// Whether, after the closing mark, the sentence ends or a new clause opens at once, or
    /// after an -ly adverb, or after a short phrase opened by a preposition ("for ten minutes.",
    /// "at the owner."): no verb of the subject follows ("in Arkansas said", "by staff were",
    /// "recently sued").
    private static func endsSoon(_ text: [UInt8], _ content: Range<Int>, _ paragraph: Range<Int>) -> Bool {
        var i = content.upperBound
        // The closing mark: " or ’/” (three bytes).
        if i < paragraph.upperBound && text[i] == 0x22 { i += 1 } else if i + 2 < paragraph.upperBound && text[i] == 0xE2 { i += 3 }
        var words = 0
        var phrase = false
        while true {
            guard i < paragraph.upperBound else { return true }
            let c = text[i]
            if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3B || c == 0x0A { return true } // . ! ? ; end of line
            guard c == 0x20 else { return false }
            while i < paragraph.upperBound && text[i] == 0x20 { i += 1 }
            guard i < paragraph.upperBound else { return true }
            guard TextBytes.isASCIILetter(text[i]) || (phrase && text[i] >= 0x30 && text[i] <= 0x39) else { return false }
            var e = i
            while e < paragraph.upperBound && (TextBytes.isASCIILetter(text[e]) || (text[e] >= 0x30 && text[e] <= 0x39)) { e += 1 }
            let word = i..<e
            // "until 2010", "as it is known": the clause dates or glosses the name.
            if subordinators.contains(text, word) {
                var n = e
                while n < paragraph.upperBound && text[n] == 0x20 { n += 1 }
                if n < paragraph.upperBound && text[n] >= 0x30 && text[n] <= 0x39 { return false }
                if n + 2 < paragraph.upperBound, text[n] | 0x20 == 0x69, text[n + 1] | 0x20 == 0x74, text[n + 2] == 0x20 { return false } // "it"
                return true
            }
            if words == 0 {
                let adverb = word.count >= 3 && text[e - 2] == 0x6C && text[e - 1] == 0x79
                phrase = placingPrepositions.contains(text, word) || TextBytes.equalsIgnoringCase(text, word, "to")
                    || TextBytes.equalsIgnoringCase(text, word, "for")
                guard adverb || phrase else { return false }
            }
            words += 1
            // An adverb alone; a preposition and at most two words.
            guard words <= (phrase ? 3 : 1) else { return false }
            i = e
        }
    }

    /// Words that open a clause, so that the noun phrase after them is its subject.
    static let clauseOpeners = WordSet([
        "and", "or", "but", "then", "when", "while", "as", "so", "because", "before", "after", "until", "once", "if",
        "though", "although", "where", "whereas", "since", "yet", "that", "suddenly", "finally", "later", "soon",
    ])

    /// The ASCII word (letters and hyphens) that ends right before `end`, spaces skipped, when
    /// nothing else stands between; nil at `floor` or after punctuation.
    private static func wordBefore(_ text: [UInt8], _ end: Int, floor: Int) -> Range<Int>? {
        var e = end
        while e > floor && text[e - 1] == 0x20 { e -= 1 }
        var s = e
        while s > floor && (TextBytes.isASCIILetter(text[s - 1]) || text[s - 1] == 0x2D) { s -= 1 }
        guard s < e, TextBytes.isASCIILetter(text[s]), s == floor || !TextBytes.isWordByte(text, s - 1) else { return nil }
        return s..<e
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

    /// At most four words and no stop, question or exclamation mark at the end (a comma,
    /// the sentence's own, may stand inside the marks).
    private static func isShortPhrase(_ text: [UInt8], _ content: Range<Int>) -> Bool {
        guard !content.isEmpty else { return false }
        let last = text[content.upperBound - 1]
        return wordCount(text, content) <= 4 && last != 0x2E && last != 0x21 && last != 0x3F
    }

    private static func wordCount(_ text: [UInt8], _ content: Range<Int>) -> Int {
        var words = 0
        var inWord = false
        for i in content {
            let w = TextBytes.isWordByte(text, i)
            if w && !inWord { words += 1 }
            inWord = w
        }
        return words
    }

    /// A capitalised first word, at most four words, and no stop, comma or question at the end.
    private static func isShortName(_ text: [UInt8], _ content: Range<Int>) -> Bool {
        guard !content.isEmpty, TextBytes.isUpperAt(text, content.lowerBound) else { return false }
        return isShortPhrase(text, content) && text[content.upperBound - 1] != 0x2C
    }
}
