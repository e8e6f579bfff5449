import Testing
@testable import BriefContent

/// Pages with furniture the classifier was not written for: cookie banners, newsletter
/// boxes, share rows, captions, related links, comment threads, in other wordings.
@Suite("RawArticle: unseen boilerplate")
struct RawArticleBoilerplateTests {
    @Test func harbourPageKeepsOnlyTheArticle() throws {
        let article = RawArticle(parsing: try RawArticleFixture.text("harbour-cookie-newsletter"))
        #expect(article.title == "Harbour Town votes to close its last ferry pier after storm damage")
        #expect(article.byline == "Maria Okafor")
        let openings = article.paragraphs.map { String($0.prefix(24)) }
        #expect(openings == [
            "The town council of Harb", "Council members said the", "The pier, built in 1931,",
            "Residents who spoke at t", "The mayor, Ellen Strand,", "Ferry operators said the",
            "The council will hold a ",
        ])
    }

    @Test(arguments: [
        "We value your privacy", "Accept all", "Manage preferences", "Tweet", "Pin it", "WhatsApp",
        "Picture by Tom Lindqvist", "Get the morning briefing", "Enter your email", "Unsubscribe at any time",
        "Related:", "Bridge tolls to rise", "3 thoughts on", "Sad to see it go", "About time.", "Join the conversation",
        "© 2024", "By Maria Okafor",
    ])
    func harbourPageDropsFurniture(_ phrase: String) throws {
        let article = RawArticle(parsing: try RawArticleFixture.text("harbour-cookie-newsletter"))
        #expect(!article.body.contains(phrase))
    }

    @Test func wirePageDropsMenusCopyrightAndMostRead() throws {
        let article = RawArticle(parsing: try RawArticleFixture.text("ap-byline"))
        #expect(article.title == "Storm knocks out power to thousands across the valley")
        #expect(article.paragraphs.count == 4)
        #expect(article.paragraphs.last == "Schools in four districts were closed for the day.")
        for phrase in ["Skip to", "Published 6:42", "Copyright", "Most Read", "Police search", "By Lee Hart"] {
            #expect(!article.body.contains(phrase), "kept \(phrase)")
        }
    }

    @Test func pageOfOnlyBoilerplateHasNoBody() throws {
        let article = RawArticle(parsing: try RawArticleFixture.text("only-boilerplate"))
        #expect(article.paragraphs.isEmpty)
        #expect(article.paragraphLines.isEmpty)
        #expect(article.title == "")
        #expect(article.body == "")
    }

    @Test func reutersCreditLineIsNotBody() throws {
        let article = RawArticle(parsing: try RawArticleFixture.text("wire-dateline"))
        #expect(article.paragraphs.count == 3)
        #expect(!article.body.contains("Reporting by"))
    }

    @Test func shortSubheadingBetweenParagraphsIsKept() {
        let text = """
            Council publishes its budget

            The council published its budget for next year on Monday, with spending on roads up by a tenth and the library budget frozen.

            What changes

            Residents will pay slightly more for parking in the town centre, and the bus pass for pensioners will now cover the night buses too.

            Share
            Tweet
            """
        let article = RawArticle(parsing: text)
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs[1] == "What changes")
        #expect(article.paragraphLines == [3, 5, 7])
    }
}

@Suite("RawArticle: prose that resembles furniture")
struct RawArticleProseTests {
    static let article = """
        Port strike enters its second week

        Dock workers at the country's largest port extended their strike into a second week on Monday, leaving dozens of container ships waiting at anchor outside the harbour.

        The port authority declined to comment.

        More than 40 ships were waiting on Sunday.

        READ MORE: Shipping rates climb as strike drags on

        Union leaders said they would return to talks only if the operator withdrew its plan to automate two of the terminals by 2027.

        The operator said the plan was needed to keep the port competitive with its neighbours and that no jobs would be lost.

        Share this article
        Facebook
        Twitter
        """

    @Test func shortSentencesWithCueWordsStayInTheBody() {
        let article = RawArticle(parsing: Self.article)
        #expect(article.paragraphs.contains("The port authority declined to comment."))
        #expect(article.paragraphs.contains("More than 40 ships were waiting on Sunday."))
    }

    @Test func articleContinuesAfterAnInlineReadMoreLink() {
        let article = RawArticle(parsing: Self.article)
        #expect(!article.body.contains("READ MORE"))
        #expect(article.paragraphs.last?.hasPrefix("The operator said the plan") == true)
        #expect(article.paragraphs.count == 5)
        #expect(!article.body.contains("Share this article"))
    }

    /// Short last sentences weigh less than nothing alone; the article still ends with them, and
    /// the furniture after them stays out.
    @Test func shortClosingSentencesEndTheBody() {
        let page = """
            Minister quits over contracts

            The transport minister resigned on Tuesday after weeks of pressure from opposition parties over the contracts.

            The opposition leader said the resignation was overdue and called for a full inquiry into the tenders.

            "I have made mistakes," he said.

            He declined to comment further.

            More to follow.

            Share this article
            Facebook
            """
        let article = RawArticle(parsing: page)
        #expect(Array(article.paragraphs.suffix(3)) == ["\"I have made mistakes,\" he said.", "He declined to comment further.", "More to follow."])
        #expect(article.paragraphs.count == 5)
        #expect(!article.body.contains("Share this article"))
    }
}
