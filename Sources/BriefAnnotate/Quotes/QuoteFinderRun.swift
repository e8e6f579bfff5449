/// The state of one `QuoteFinder.find` call: accepted quotes so far and the speaker
/// of the last one, which an unattributed quote right after it inherits.
struct QuoteFinderRun {
    let text: [UInt8]
    let paragraphs: [Range<Int>]
    /// Built on first use: the name index and the speaker tables cost a scan of the whole
    /// document, and many documents have candidates but no accepted quote.
    private var builtResolver: SpeakerResolver?
    private let mentions: [EntityMention]
    private let entities: [Entity]
    private(set) var quotes: [Quote] = []
    private let finder: AttributionFinder
    /// End of the last accepted quote's marks: later candidates must start after it.
    private var acceptedEnd = 0
    /// End of the last candidate looked at: the before-window of the next starts there.
    private var boundary = 0
    private var lastAccepted: (span: QuoteSpan, speaker: SpeakerResolver.Speaker?, hadSpeechVerb: Bool)?
    /// The last accepted quote when it had no attribution of its own: a later quote of the
    /// same sentence that has one passes it back (“bold” and based on “one assumption,” he wrote).
    private var unattributed: (index: Int, span: QuoteSpan)?

    init(text: [UInt8], paragraphs: [Range<Int>], mentions: [EntityMention], entities: [Entity]) {
        self.text = text
        self.paragraphs = paragraphs
        self.mentions = mentions
        self.entities = entities
        self.finder = AttributionFinder(text: text)
    }

    /// Attributes `span`, decides whether it is a quote, and records it. `next` is where
    /// the following candidate starts (the after-window stops there). `listTail` is the last quote
    /// of a list that `span` opens (QuoteList), and where the candidate after it starts.
    mutating func consider(_ span: QuoteSpan, next: Int, listTail: (span: QuoteSpan, next: Int)? = nil) {
        guard span.markStart >= acceptedEnd else { return }
        let first = paragraphs[span.firstParagraph]
        let last = paragraphs[span.lastParagraph]
        // A candidate may start inside a quote already considered and turned down (`boundary`
        // is past its start): then nothing before it is searched, rather than an inverted range.
        let before = min(max(first.lowerBound, boundary, span.markStart - QuoteFinder.window), span.markStart)..<span.markStart
        let afterEnd = max(span.markEnd, min(last.upperBound, next, span.markEnd + QuoteFinder.window))
        let attribution: Attribution
        // “…” & “…”: a quote joined to the one before by a conjunction shares its attribution.
        var joined = false
        // A name in marks ("the so-called “peace plan”", "Joe “Bull” Manchin") is no quote, but
        // is attributed and resolved as one, unrecorded, so what comes after reads the sentence
        // as it would with a quote there: "Jones said the so-called “peace plan” was “dead on
        // arrival.”" keeps the second quote, Jones's (a look-back from it starting at the name
        // would find no speech verb); "Joe “Bull” Manchin spoke. “…,” he said" is Manchin's.
        var isName = false
        switch span.style {
        case .colon:
            guard let found = finder.colonAttribution(before: before), found.speaker != nil else { return }
            attribution = found
        case .dash:
            let found = finder.attribute(before: span.markStart..<span.markStart, after: span.markEnd..<afterEnd)
            // (The last quote's span read in place: a copy of the tuple would retain its speaker's strings.)
            let continues = (lastAccepted?.span).map { $0.style == .dash && isAdjacent($0, span) } ?? false
            guard (span.closed && found.speaker != nil) || continues else { return }
            attribution = found
        case .marks:
            boundary = span.markEnd
            if let previous = joinedPrevious(span) {
                // "Economists called the move “unacceptable” & “reckless”, while Jane Roe said":
                // the second word is the economists', not that of the clause after it.
                attribution = Attribution(cue: previous.cue, speaker: nil, hasSpeechVerb: true)
                joined = true
            } else {
                let own = finder.attribute(before: before, after: span.markEnd..<afterEnd,
                                           endsSentence: span.closed && endsWithStop(span.content))
                // “A,” “B,” and “C,” Lavrov said: a listed quote without a speaker of its own takes the list's.
                attribution = own.speaker == nil ? listAttribution(span, listTail) ?? own : own
            }
            guard keeps(span, attribution) || continuesAttributedSentence(span) else { return }
            guard !span.single || isBritishFullQuote(span, after: span.markEnd..<afterEnd) else { return }
            isName = NamingContext.introducesName(text, markStart: span.markStart, paragraph: first, content: span.content)
                || NamingContext.isNickname(text, markStart: span.markStart, markEnd: span.markEnd, content: span.content)
        }
        boundary = max(boundary, span.markEnd)
        // A pronoun or role noun after the quote looks back from the quote's start: names
        // inside the quote are what the speaker talks about.
        var ref = attribution.speaker
        if case .pronoun(let word, let at)? = ref, at > span.markStart { ref = .pronoun(word, at: span.markStart) }
        if case .role(let role, let at, let phrase)? = ref, at > span.markStart { ref = .role(role, at: span.markStart, phrase: phrase) }
        if builtResolver == nil {
            builtResolver = SpeakerResolver(text: text, index: NameIndex(text, paragraphs: paragraphs),
                                            mentions: mentions, entities: entities)
        }
        var speaker = ref.flatMap { builtResolver!.resolve($0, quote: span.content) }
        // Whoever is named inside the quote is talked about, never the speaker.
        if let found = speaker, span.content.contains(found.position) { speaker = nil }
        if joined {
            speaker = lastAccepted?.speaker
        } else if attribution.speaker == nil {
            // A quote inside a sentence that names who the sentence is about: that one,
            // rather than the speaker of a quote nearby.
            // "She agreed, saying: “We made progress.”": a quote after a participle's colon goes
            // on with the participle's sentence, whose subject speaks it.
            // "He was also described as “…”": the passive's subject is spoken about, not the speaker.
            let inSentence = (!startsSentence(span, afterComma: false) || followsParticipleColon(span, attribution)) && !attribution.passive
            if let previous = lastAccepted, previous.speaker != nil, previous.span.style == .marks, sameSentence(previous.span, span) {
                // A second quote of the same sentence: "Gillis suggested a “selfie video” that was “not too sad.”"
                speaker = previous.speaker
            } else if inSentence, let subject = builtResolver!.sentenceSubject(before: span.markStart) {
                speaker = subject
            } else if inSentence, let subject = builtResolver!.sentencePronounSubject(before: span.markStart) {
                // "She declined comment, saying the matter “…”": whom the pronoun opening the sentence means.
                speaker = subject
            } else if inSentence, let subject = builtResolver!.sentenceRoleSubject(before: span.markStart) {
                // "The diocese issued a statement, saying a “third-party investigation” …"
                speaker = subject
            } else if let previous = lastAccepted, isAdjacent(previous.span, span), previous.speaker != nil {
                // A sentence that another person leads between the two quotes, in the new quote's
                // paragraph, introduces it: "“…,” says House. Durning did not need much coaxing. “I’m thankful …”"
                // (a new paragraph's quote goes on with the speaker before it). The subject of a
                // passive speech verb is the one asked or told: "Durning was asked: “…”" leads nothing.
                if startsSentence(span, afterComma: false), !attribution.passive,
                   let lead = builtResolver!.lastLeadingPerson(before: span.markStart, fits: { _ in true }),
                   lead.position > previous.span.markEnd, lead.position >= paragraphs[span.firstParagraph].lowerBound,
                   lead.id != previous.speaker?.id {
                    speaker = lead
                } else if attribution.passive, isQuestionAsked(span), isAsked(previous.speaker, before: span.markStart) {
                    // "“We will appeal,” Holt said. Holt was asked, “On what grounds?”": the one
                    // asked never speaks the question, even when they spoke last. "Holt was asked
                    // if she regretted it: “Not for a second.”" quotes the answer, which stays hers.
                    speaker = nil
                } else {
                    speaker = previous.speaker
                }
            } else {
                // No attribution and no quote just before: the person the text was last about.
                // No attribution and no quote just before: who the sentence is about, else
                // the person the text was last about.
                // A passive speech verb's subject was asked or told, and nobody before spoke:
                // "Brevik was told by his lawyer, “Say nothing.”" names no speaker.
                speaker = attribution.passive ? nil
                    : builtResolver!.sentenceSubject(before: span.markStart) ?? builtResolver!.lastPerson(before: span.markStart)
            }
        }
        if attribution.speaker != nil, let speaker, let previous = unattributed, sameSentence(previous.span, span) {
            quotes[previous.index].speaker = speaker.name
            quotes[previous.index].speakerID = speaker.id
        }
        // A joined quote's speaker came from an attribution: no later one re-assigns it.
        unattributed = attribution.speaker == nil && !joined && !isName ? (quotes.count, span) : nil
        if !isName {
            quotes.append(Quote(range: span.content, kind: kind(of: span), cue: attribution.cue,
                                speakerID: speaker?.id, speaker: speaker?.name))
        }
        acceptedEnd = span.markEnd
        lastAccepted = (span, speaker, attribution.hasSpeechVerb)
    }

    // MARK: - Decisions

    /// Verbs of putting words to someone: their passive's subject hears the quote after them.
    /// "It is called “pigeon breeder’s lung.”" names a thing and is left as it was.
    private static let askingVerbs = WordSet(["asked", "told", "questioned", "pressed", "challenged", "urged"])

    /// Whether `span` is what was asked or told, not the answer: a question, or words right
    /// after an asking verb ("was asked, “…”", "was told: “…”"), with no indirect question or
    /// topic between them ("was asked about his future: “…”").
    private func isQuestionAsked(_ span: QuoteSpan) -> Bool {
        var e = span.content.upperBound
        while e > span.content.lowerBound && (text[e - 1] == 0x20 || text[e - 1] == 0x22 || text[e - 1] >= 0x80) { e -= 1 }
        if e > span.content.lowerBound && text[e - 1] == 0x3F { return true } // "?"
        var i = span.markStart
        while i > 0 && text[i - 1] == 0x20 { i -= 1 }
        if i > 0 && (text[i - 1] == 0x2C || text[i - 1] == 0x3A) { i -= 1 } // "," or ":"
        var v = i
        while v > 0 && TextBytes.isASCIILetter(text[v - 1]) { v -= 1 }
        return v < i && Self.askingVerbs.contains(text, v..<i)
    }

    /// Whether `speaker` is the subject of the passive speech verb before `position`: the
    /// sentence opens with their name or with a "he" or "she" that means them.
    private func isAsked(_ speaker: SpeakerResolver.Speaker?, before position: Int) -> Bool {
        guard let speaker, let resolver = builtResolver else { return false }
        let subject = resolver.sentenceSubject(before: position) ?? resolver.sentencePronounSubject(before: position)
        return subject?.id == speaker.id
    }

    /// The attribution after the last quote of the list `span` opens, when it names a speaker.
    /// Titles listed in marks (“Jaws,” “Alien” and “Heat,” he said) borrow none.
    private func listAttribution(_ span: QuoteSpan, _ tail: (span: QuoteSpan, next: Int)?) -> Attribution? {
        guard let tail, !(wordCount(span.content) >= 2 && isTitleCase(span.content)) else { return nil }
        let last = paragraphs[tail.span.lastParagraph]
        let afterEnd = max(tail.span.markEnd, min(last.upperBound, tail.next, tail.span.markEnd + QuoteFinder.window))
        let found = finder.attribute(before: tail.span.markStart..<tail.span.markStart, after: tail.span.markEnd..<afterEnd,
                                     endsSentence: tail.span.closed && endsWithStop(tail.span.content))
        return found.speaker == nil ? nil : found
    }

    /// The quote before `span` when a conjunction joins the two as one list (`QuoteList.joint`:
    /// "“bold” and “reckless”", "“A” & “B”", "“A”, or “B”") and that quote had an attribution of
    /// its own; a quote left unattributed waits for an attribution after the second instead
    /// (“A” and “B,” she said).
    private func joinedPrevious(_ span: QuoteSpan) -> Quote? {
        guard let previous = lastAccepted?.span, unattributed == nil, let quote = quotes.last,
              QuoteList.joint(previous, span, in: text) == .conjunction else { return nil }
        return quote
    }

    /// Whether the opening mark follows a colon right after the attribution's participle cue
    /// (", saying: “…”", ", adding:").
    private func followsParticipleColon(_ span: QuoteSpan, _ attribution: Attribution) -> Bool {
        guard let cue = attribution.cue, SpeechLexicon.isParticiple(cue), cue != "according" else { return false }
        var i = span.markStart
        while i > 0 && TextBytes.isSpace(text, i - 1) { i -= 1 }
        guard i > 0, text[i - 1] == 0x3A else { return false }
        let e = i - 1
        var s = e
        while s > 0 && TextBytes.isASCIILetter(text[s - 1]) { s -= 1 }
        return s < e && TextBytes.lowercased(text, s..<e) == cue
    }

    /// Short embedded quotes and titles are kept only in a sentence with a speech verb:
    /// the gold sets mark "very committed" after "she said", not a film title or a scare quote.
    private func keeps(_ span: QuoteSpan, _ attribution: Attribution) -> Bool {
        if attribution.hasSpeechVerb { return true }
        let words = wordCount(span.content)
        if words >= 2 && isTitleCase(span.content) { return false }
        // A short quote without speech around it must be a sentence of its own: “It didn’t get better.”
        if words <= 4 && !(startsSentence(span, afterComma: false) && endsWithStop(span.content)) { return false }
        return true
    }

    /// A second quote of a sentence whose first was kept with a speech verb: "Pilon called the
    /// conclusion “bold” and based on “one giant assumption.”"
    private func continuesAttributedSentence(_ span: QuoteSpan) -> Bool {
        guard lastAccepted?.hadSpeechVerb == true, let previous = lastAccepted?.span, previous.style == .marks else { return false }
        return sameSentence(previous, span)
    }

    /// Single marks set off headlines, titles and scare quotes as often as speech: a quote
    /// only as a whole sentence with its attribution right after it (‘It is solved,’ he wrote).
    private func isBritishFullQuote(_ span: QuoteSpan, after: Range<Int>) -> Bool {
        guard startsSentence(span, afterComma: false), endsSentence(span.content) else { return false }
        let head = finder.sentenceHead(AttributionTokenizer.tokens(text, after, headOnly: true))
        // The first word after the mark opens the attribution: a name, a pronoun, a
        // determiner or the verb ("he wrote", "said Wiech"), not "not a tweet".
        guard let first = head.first(where: { $0.kind == .word }) else { return false }
        let word = TextBytes.lowercased(text, first.range)
        guard TextBytes.isUpperAt(text, first.range.lowerBound) || SpeechLexicon.pronouns.contains(word)
                || AttributionFinder.determiners.contains(word) || finder.isVerb(first) else { return false }
        return finder.afterAttribution(head)?.adjacent ?? false
    }

    private func kind(of span: QuoteSpan) -> QuoteKind {
        switch span.style {
        case .dash: return .dash
        case .colon: return .full
        case .marks:
            if startsSentence(span) { return .full }
            var i = span.content.lowerBound
            while i < span.content.upperBound && !TextBytes.isWordByte(text, i) { i += 1 }
            return i < span.content.upperBound && TextBytes.isUpperAt(text, i) && endsSentence(span.content) ? .full : .partial
        }
    }

    /// Whether `b` follows `a` in the same paragraph with no sentence end between them.
    private func sameSentence(_ a: QuoteSpan, _ b: QuoteSpan) -> Bool {
        guard a.lastParagraph == b.firstParagraph, a.markEnd <= b.markStart, b.markStart - a.markEnd <= QuoteFinder.window else { return false }
        if endsWithStop(a.content) { return false }
        for i in a.markEnd..<b.markStart where text[i] == 0x2E || text[i] == 0x21 || text[i] == 0x3F {
            if i + 1 >= b.markStart || TextBytes.isASCIISpace(text[i + 1]) { return false }
        }
        return true
    }

    /// Whether `b` comes right after `a`: same paragraph, or the next one with words.
    private func isAdjacent(_ a: QuoteSpan, _ b: QuoteSpan) -> Bool {
        if a.lastParagraph == b.firstParagraph { return true }
        guard a.lastParagraph < b.firstParagraph else { return false }
        var p = b.firstParagraph - 1
        while p > a.lastParagraph && QuoteScanner.isTrivial(text, paragraphs[p]) { p -= 1 }
        return p == a.lastParagraph
    }

    /// The opening mark starts the paragraph or follows a sentence end, a colon or a comma.
    private func startsSentence(_ span: QuoteSpan, afterComma: Bool = true) -> Bool {
        let lower = paragraphs[span.firstParagraph].lowerBound
        var i = span.markStart
        while i > lower {
            let j = TextBytes.codePointStart(text, i - 1)
            if TextBytes.isSpace(text, j) { i = j; continue }
            switch text[j] {
            case 0x2E, 0x21, 0x3F, 0x3A, 0x28: return true
            case 0x2C, 0x3B: return afterComma
            default:
                return QuoteMark.at(text, j) != nil
            }
        }
        return true
    }

    private func endsSentence(_ r: Range<Int>) -> Bool {
        var e = r.upperBound
        while e > r.lowerBound {
            let b = text[e - 1]
            if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x2C { return true }
            if TextBytes.isASCIISpace(b) { e -= 1; continue }
            // … or a closing single mark after the period
            if b == 0x99 || b == 0x27 { e = TextBytes.codePointStart(text, e - 1); continue }
            return false
        }
        return false
    }

    /// The quoted words end with `.`, `!` or `?` (a closing single mark may follow).
    private func endsWithStop(_ r: Range<Int>) -> Bool {
        var e = r.upperBound
        while e > r.lowerBound {
            let b = text[e - 1]
            if b == 0x2E || b == 0x21 || b == 0x3F { return true }
            if b == 0x99 || b == 0x27 || TextBytes.isASCIISpace(b) { e = TextBytes.codePointStart(text, e - 1); continue }
            return false
        }
        return false
    }

    private func wordCount(_ r: Range<Int>) -> Int {
        var count = 0
        var inWord = false
        var i = r.lowerBound
        while i < r.upperBound {
            let w = TextBytes.isWordByte(text, i)
            if w && !inWord { count += 1 }
            inWord = w
            i += 1
        }
        return count
    }

    /// The function words a title leaves lower-case.
    private static let titleSmallWords: WordList = [
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "be", "is", "with", "from", "my", "your",
    ]

    /// Two or more words, each capitalised except short function words: a title.
    private func isTitleCase(_ r: Range<Int>) -> Bool {
        let small = Self.titleSmallWords
        var sawUpper = false
        for t in AttributionTokenizer.tokens(text, r) where t.kind == .word {
            if TextBytes.isUpperAt(text, t.range.lowerBound) { sawUpper = true; continue }
            if TextBytes.isDigit(text[t.range.lowerBound]) { continue }
            if !small.contains(TextBytes.lowercased(text, t.range)) { return false }
        }
        return sawUpper
    }
}
