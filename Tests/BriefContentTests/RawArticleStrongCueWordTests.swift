import Testing
@testable import BriefContent

/// A strong furniture cue ("subscribe", "sign in", "browser") counts only as a word of its own:
/// run on into a longer word ("subscribers", "design in", "Browserbench") it is article prose.
@Suite("RawArticle: strong cues are whole words")
struct RawArticleStrongCueWordTests {
    @Test(arguments: [
        "The company kept adding new subscribers all week, the executive said.",
        "Architects will be invited to submit plans for the building's redesign in the spring, officials said.",
        "Running the Browserbench test that measures web app performance, the new machine scored far higher.",
    ])
    func longerWordsAreNotStrongCues(_ line: String) {
        let feature = LineFeatures(Array(line.utf8))
        #expect(feature.strongCues == 0)
        #expect(feature.score > 0)
    }

    @Test(arguments: [
        ("Subscribe to our newsletter", 2),
        ("SubscribeSign In", 2),       // a glued menu: the capital starts a new word
        ("We use cookies on this site", 2),  // "cookie" and "we use cookies": a plural is the same word
        ("Sign up for our news alerts", 2),
    ])
    func wholeWordsStillCount(_ line: String, _ strong: Int) {
        #expect(LineFeatures(Array(line.utf8)).strongCues == strong)
    }

    @Test func aParagraphWithALongerWordStaysInTheBody() {
        let text = """
        Streaming service drew record demand at launch

        The streaming service drew more than ten million sign-ups on its first day, far more than the company had planned for when it built the system.

        Engineers traced the outage to a coding error in the login service and patched it within hours, according to the company's head of streaming.

        The company kept adding new subscribers all week, the executive said.

        Analysts say the launch will be a key test of whether traditional media companies can compete with established streaming rivals this year.
        """
        let article = RawArticle(parsing: text)
        #expect(article.paragraphs.count == 4)
        #expect(article.paragraphs.contains { $0.contains("new subscribers") })
    }
}
