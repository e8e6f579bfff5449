import Testing
@testable import BriefContent

/// A call-to-action cue ("app", "share", "watch") counts only as a word of its own, or with a
/// plural "s": "appear", "approach", "shareholders" and "watching" are words of article prose.
/// A few stems ("advertis", "comment") still count at the start of any longer word.
@Suite("RawArticle: call-to-action cues are whole words")
struct RawArticleCallToActionWordTests {
    @Test(arguments: [
        "Results appear to approach the forecast",
        "Shareholders approved the plan",
        "Start small and recognize that no one is watching",
        "Homeless shelters applied for more funding",
    ])
    func longerWordsAreNotCues(_ line: String) {
        #expect(LineFeatures(Array(line.utf8)).callToActionCues == 0)
    }

    @Test(arguments: [
        ("Download the app", 2),
        ("Share on Facebook", 2),      // "share", "facebook"
        ("Apps and videos", 2),        // plurals are the same word
        ("Advertising", 1),            // a stem
        ("3 people commented", 1),     // a stem
        ("Publicidade", 1),
    ])
    func wordsAndStemsStillCount(_ line: String, _ cues: Int) {
        #expect(LineFeatures(Array(line.utf8)).callToActionCues == cues)
    }

    @Test func aNumberedSubheadingWithALongerWordStaysInTheBody() {
        let heading = "1. Start small and recognize that no one is watching"
        let text = """
        How to become a leader online

        Read on for three tips that will help you build a firm foundation for leadership, so that the next steps feel natural to you.

        \(heading)

        When you are planning and building the first version of your business, almost nobody is looking at what you are doing yet.

        It is the perfect time to explore making yourself more visible, because with fewer people watching you will feel less exposed.
        """
        let article = RawArticle(parsing: text)
        #expect(article.paragraphs.contains(heading))
        #expect(article.paragraphs.count == 4)
    }
}
