import Testing
@testable import BriefAnnotate

/// "in her words", "in his own words", "in Brevik's words" attribute a quote in their sentence
/// as a speech verb would, to the possessor; "in other words", "in a few words" attribute nothing.
@Suite struct InOwnWordsTests {
    private func found(_ text: String) -> [(String, String?)] {
        Annotator().annotate(text).quotes.map { q in
            (String(decoding: Array(text.utf8)[q.range], as: UTF8.self), q.speaker)
        }
    }

    private let lead = "“We miss him,” Mara Quell said. She kept a shrine to her son.\n\nTom Brevik visited in May.\n\n"

    @Test("a possessor's words attribute the quote to the possessor", arguments: [
        ("It had, in her words, become “unhealthy.”", "unhealthy.", "Mara Quell"),
        ("The shrine was, in her own words, “too much.”", "too much.", "Mara Quell"),
        ("The case was, in Quell's words, “a disgrace.”", "a disgrace.", "Mara Quell"),
        ("The case was, in Quell’s words, “a disgrace.”", "a disgrace.", "Mara Quell"),
        ("The shrine had become “unhealthy,” in her words.", "unhealthy,", "Mara Quell"),
    ])
    func attributes(sentence: String, quote: String, speaker: String) {
        let quotes = found(lead + sentence)
        #expect(quotes.count == 2)
        #expect(quotes.last?.0 == quote)
        #expect(quotes.last?.1 == speaker)
    }

    @Test("words that belong to no one attribute nothing", arguments: [
        "In other words, the shrine had become “unhealthy.”",
        "She put it in a few words: the shrine was “unhealthy.”",
        "The sign used the words “keep out” in red.",
        "The poem, in words of one syllable, ends “all is well.”",
    ])
    func noOwner(sentence: String) {
        #expect(found(lead + sentence).count == 1)
    }

    @Test("a name ending in a letter whose last byte is 0x99 is no possessive", arguments: [
        "In Éřs words, “it is over.”",
        "It was, in Bořs words, “a disgrace.”",
    ])
    func noBrokenName(text: String) {
        // (Cut as if it were ’s, the name lost part of its last letter: "�", "B".)
        #expect(found(text).allSatisfy { $0.1 == nil })
    }
}
