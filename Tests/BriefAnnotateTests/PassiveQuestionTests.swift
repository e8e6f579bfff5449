import Testing
@testable import BriefAnnotate

/// "X was asked “…”", "X was asked, “…”" and "X was asked: “…”" are one construction: the
/// punctuation before the mark changes nothing, and the one asked (the passive's subject)
/// never speaks the question.
@Suite struct PassiveQuestionTests {
    private func speakers(_ text: String) -> [String?] {
        Annotator().annotate(text).quotes.map(\.speaker)
    }

    @Test("the punctuation between a passive speech verb and the mark does not change the speaker", arguments: [
        ("Tom Brevik was asked", "Will you resign?"),
        ("Tom Brevik was told", "You are fired."),
        ("Later, Tom Brevik was asked again", "Why now?"),
    ])
    func samePunctuation(clause: String, quote: String) {
        let lead = "“We will appeal,” Mara Quell said.\n\n"
        let bare = speakers(lead + clause + " “" + quote + "”")
        let comma = speakers(lead + clause + ", “" + quote + "”")
        let colon = speakers(lead + clause + ": “" + quote + "”")
        #expect(bare.count == 2)
        #expect(comma == bare)
        #expect(colon == bare)
        #expect(!bare.contains("Tom Brevik"))
    }

    @Test("with no quote before, the one asked or told speaks nothing, comma or not", arguments: [
        "Tom Brevik was asked “Will you resign?”",
        "Tom Brevik was asked, “Will you resign?”",
        "Tom Brevik was told by his lawyer, “Say nothing.”",
        "Tom Brevik was told by his lawyer “Say nothing.”",
    ])
    func noSpeakerBefore(text: String) {
        #expect(speakers(text) == [nil])
    }

    @Test("an active speech verb after the passive, or a comma inside the clause, leaves the subject speaking", arguments: [
        ("Tom Brevik was asked about the ruling and said, “We will appeal.”", "Tom Brevik"),
        ("When Tom Brevik was asked, he replied, “We will appeal.”", "Tom Brevik"),
        ("Tom Brevik, when asked, said: “We will appeal.”", "Tom Brevik"),
        ("Mara Quell asked, “Will you resign?”", "Mara Quell"),
        ("Mara Quell asked Tom Brevik, “Will you resign?”", "Mara Quell"),
    ])
    func activeSpeaker(sentence: String, speaker: String) {
        #expect(speakers("“We will win,” Ann Holt said.\n\n" + sentence).last == speaker)
    }

    @Test("the one asked speaks no question even when they spoke the quote before", arguments: [
        "“We will appeal,” Ann Holt said. Holt was asked, “On what grounds?”",
        "“We will appeal,” Ann Holt said. Holt was asked: “On what grounds?”",
        "“We will appeal,” Ann Holt said. Holt was then asked “On what grounds?”",
        "“We will appeal,” Ann Holt said. She was asked, “On what grounds?”",
    ])
    func askedPreviousSpeaker(text: String) {
        #expect(speakers(text) == ["Ann Holt", nil])
    }

    @Test("someone else asked, or the previous speaker speaking on, keeps the previous speaker", arguments: [
        "“We will appeal,” Ann Holt said. Tom Brevik was asked, “On what grounds?”",
        "“We will appeal,” Ann Holt said. Holt added, “On what grounds?”",
        "“We will appeal,” Ann Holt said. Holt was angry. “On what grounds?”",
    ])
    func askedSomeoneElse(text: String) {
        #expect(speakers(text) == ["Ann Holt", "Ann Holt"])
    }

    @Test("an indirect question or a topic between the verb and the colon makes the quote the answer, still theirs", arguments: [
        "“We will appeal,” Ann Holt said. Holt was asked if she regretted it: “Not for a second.”",
        "“We will appeal,” Ann Holt said. She was asked whether she would quit: “Absolutely not.”",
        "“We will appeal,” Ann Holt said. Holt was asked about her future: “I am staying.”",
    ])
    func askedAnswer(text: String) {
        #expect(speakers(text) == ["Ann Holt", "Ann Holt"])
    }

    @Test("a passive that names or describes is no question put to the previous speaker", arguments: [
        "“It hurts,” Tom Brevik said. When Brevik is tired, he is called “the grump.”",
        "“It hurts,” Tom Brevik said. Brevik is called “the grump.”",
    ])
    func namingPassive(text: String) {
        #expect(speakers(text).first == "Tom Brevik")
        #expect(speakers(text).allSatisfy { $0 == "Tom Brevik" })
    }
}
