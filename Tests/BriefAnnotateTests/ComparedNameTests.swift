import Testing
@testable import BriefAnnotate

/// "Unlike Brevik, he's been unable to find work": the name after "unlike" or "like" opens
/// its sentence but is compared with the subject, so a later "he said" continues the person
/// the text was about, not the compared one. Other names opening a sentence still count.
@Suite struct ComparedNameTests {
    private func lastSpeaker(_ text: String) -> String? {
        Annotator().annotate(text).quotes.last?.speaker
    }

    private let lead = "Tom Brevik found work quickly. “It was luck,” he said.\n\nDan Quell is eager to apply.\n\n"

    @Test("a name after unlike or like is not whom the next he continues", arguments: [
        "Unlike Brevik, he's been unable to find work.",
        "Like Brevik, he has applied twice.",
        "Unlike Tom Brevik, he has no job yet.",
    ])
    func compared(sentence: String) {
        #expect(lastSpeaker(lead + sentence + "\n\n“My study comes afterwards,” he said.") == "Dan Quell")
    }

    @Test("a name that opens its sentence without a comparison is still the pronoun's person", arguments: [
        ("Brevik, unlike Quell, has a job.", "Tom Brevik"),
        ("Unlike the others, Brevik stayed home.", "Tom Brevik"),
        ("Likewise, Brevik stayed home.", "Tom Brevik"),
        ("Brevik is unlike anyone else.", "Tom Brevik"),
    ])
    func notCompared(sentence: String, speaker: String) {
        #expect(lastSpeaker(lead + sentence + "\n\n“My study comes afterwards,” he said.") == speaker)
    }

    @Test("a comparison word inside the sentence leaves the name after it the speaker", arguments: [
        "Al Brandt praised his team. Veterans like Tom Reyes said the season was special.\n\n“We earned it,” he said.",
        "Al Brandt praised his team. Players unlike Tom Reyes said the season was special. “We earned it,” he said.",
    ])
    func comparisonInsideSentence(text: String) {
        #expect(lastSpeaker(text) == "Tom Reyes")
    }
}
