import Testing
@testable import BriefContent

/// Article text that the line scores alone read as furniture: lists inside the article, one
/// line of furniture between paragraphs, a paragraph the page repeats. None of it may cut off
/// the article after it.
@Suite("RawArticle: lists, inline boxes and repeats inside the article")
struct RawArticleInlineStructureTests {
    @Test func aShortLineListAfterAnIntroducingLineKeepsTheListAndWhatFollows() {
        let article = RawArticle(parsing: """
            Election results: Labour wins in Wales

            Labour won the Senedd election on Thursday, ending weeks of uncertainty in Cardiff.

            The final seat count was:
            Labour 30
            Plaid Cymru 18
            Conservatives 12

            First Minister Eluned Morgan said the result was “a clear mandate”.
            """)
        #expect(article.paragraphs == [
            "Labour won the Senedd election on Thursday, ending weeks of uncertainty in Cardiff.",
            "The final seat count was:", "Labour 30", "Plaid Cymru 18", "Conservatives 12",
            "First Minister Eluned Morgan said the result was “a clear mandate”.",
        ])
    }

    @Test func aBulletListKeepsTheListAndWhatFollows() {
        let article = RawArticle(parsing: """
            Council approves new housing plan

            The city council approved a plan on Tuesday to build 5,000 homes over the next decade.

            The measures include:
            • A new levy on empty homes
            • Faster planning approvals
            • Grants for first-time buyers

            “This is the biggest housing push in a generation,” said council leader Mary Jones.
            """)
        #expect(article.paragraphs.count == 6)
        #expect(article.paragraphs.contains("• Faster planning approvals"))
        #expect(article.paragraphs.last == "“This is the biggest housing push in a generation,” said council leader Mary Jones.")
    }

    @Test func keyPointsBeforeTheBodyKeepTheLead() {
        let article = RawArticle(parsing: """
            Budget 2025: Reeves raises taxes by £26bn

            Rachel Reeves has unveiled tax rises worth £26bn in her second Budget.

            Key points:
            Income tax thresholds frozen
            Mansion tax on homes over £2m

            The chancellor told MPs the measures were needed to bring down borrowing and protect public services.
            """)
        #expect(article.paragraphs.first == "Rachel Reeves has unveiled tax rises worth £26bn in her second Budget.")
        #expect(article.paragraphs.contains("Mansion tax on homes over £2m"))
        #expect(article.paragraphs.last?.hasPrefix("The chancellor told MPs") == true)
    }

    static let coalition = (
        first: "Germany’s three-party coalition collapsed on Wednesday night after Chancellor Olaf Scholz fired his finance minister.",
        second: "Friedrich Merz, leader of the opposition Christian Democrats, demanded an immediate vote of confidence.",
        quote: "“There is no reason to wait until January,” Merz said."
    )

    @Test func aRelatedLinkInsideTheArticleDoesNotEndIt() {
        let c = Self.coalition
        let article = RawArticle(parsing: "Coalition collapses\n\n\(c.first)\n\n\(c.second)\n\nRelated: Scholz fires Lindner\n\n\(c.quote)\n")
        #expect(article.paragraphs == [c.first, c.second, c.quote])
    }

    @Test func anAdvertisementLineAndARelatedLinkInsideTheArticleDoNotEndIt() {
        let c = Self.coalition
        let article = RawArticle(parsing: """
            Coalition collapses

            \(c.first)

            Advertisement

            \(c.second)

            Related: Scholz fires Lindner

            \(c.quote)
            """)
        #expect(article.paragraphs == [c.first, c.second, c.quote])
    }

    @Test func aRepeatedParagraphKeepsItsFirstCopyAndWhatFollows() {
        let article = RawArticle(parsing: """
            Minister quits

            The housing minister resigned on Monday after weeks of pressure.

            The opposition said it came too late.

            The housing minister resigned on Monday after weeks of pressure.

            Downing Street thanked her for her service.
            """)
        #expect(article.paragraphs == [
            "The housing minister resigned on Monday after weeks of pressure.",
            "The opposition said it came too late.",
            "Downing Street thanked her for her service.",
        ])
    }

    @Test func aStandfirstRepeatedAsTheLeadKeepsTheLeadOnce() {
        let lead = "The housing minister resigned on Monday after weeks of pressure over delayed building targets."
        let article = RawArticle(parsing: """
            Minister quits over housing row

            \(lead)

            By Jane Smith

            14 March 2026

            \(lead)

            She said in a letter to the prime minister that she could no longer defend the government's record.

            Downing Street thanked her for her service and named a successor within hours.
            """)
        #expect(article.byline == "Jane Smith")
        #expect(article.paragraphs.filter { $0 == lead }.count == 1)
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs.last == "Downing Street thanked her for her service and named a successor within hours.")
    }

    @Test func aFileOfIdenticalParagraphsKeepsOneOfThem() {
        let paragraph = "The council met on Tuesday and agreed the new budget for the coming year after a long debate."
        let article = RawArticle(parsing: "Same paragraphs\n\n" + String(repeating: paragraph + "\n\n", count: 200))
        #expect(article.title == "Same paragraphs")
        #expect(article.paragraphs == [paragraph])
    }

    @Test func aMostReadBoxInsideTheArticleIsDroppedWithoutEndingIt() {
        let article = RawArticle(parsing: """
            Storm hits coast

            A powerful storm brought flooding and power cuts to the east coast on Sunday night, with winds of up to 90 miles an hour recorded at the harbour.

            The Met Office had issued an amber warning on Saturday, urging people to stay indoors and avoid travelling unless it was essential.

            Most Read
            1. Man arrested after city centre stabbing
            2. House prices fall for third month

            Emergency services said more than 2,000 homes were still without power on Monday morning, and that repairs could take several days.
            """)
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs.last?.hasPrefix("Emergency services said") == true)
        #expect(!article.body.contains("Most Read") && !article.body.contains("House prices"))
    }

    @Test(arguments: ["Tags: housing, politics", "Filed under: Housing", "Related"])
    func aLabelAfterTheArticleStillEndsIt(_ label: String) {
        let article = RawArticle(parsing: """
            Minister quits over housing row

            The housing minister resigned on Monday after weeks of pressure over delayed building targets.

            She said in a letter to the prime minister that she could no longer defend the government's record.

            \(label)

            A new survey of tenants found that rents in the capital rose faster than wages for the fifth year.
            """)
        #expect(article.paragraphs.count == 2)
        #expect(!article.body.contains("survey"))
    }

    @Test func aLinkListAfterTheArticleIsStillDropped() {
        let article = RawArticle(parsing: """
            Storm knocks out power

            A fast-moving storm knocked out power to more than forty thousand homes across the valley overnight.

            Crews from three neighbouring states were on their way to help restore service, the utility said.

            Related:
            Bridge tolls to rise again in March
            Council approves new breakwater study

            3 thoughts on “Storm knocks out power”
            """)
        #expect(article.paragraphs.count == 2)
        #expect(!article.body.contains("Bridge tolls"))
    }

    static let shortLead = "OSLO — Prime Minister Ingrid Halvorsen said: “We will not yield.”"
    static let shortQuote = "“It is a warning,” said Halvorsen."
    static let longParagraph = "The opposition, led by Lars Brekke, said it would vote against the fisheries bill in the Storting next week."

    @Test(arguments: ["Advertisement", "Related: Norway’s fishing quota row explained", "ADVERTISEMENT"], [true, false])
    func aShortLeadAndAShortQuoteBesideOneFurnitureLineAreKept(_ furniture: String, _ endsWithParagraph: Bool) {
        let article = RawArticle(parsing: """
            Norway’s government rejects quota deal

            \(Self.shortLead)

            \(furniture)

            \(Self.shortQuote)
            \(endsWithParagraph ? "\n" + Self.longParagraph : "")
            """)
        let expected = [Self.shortLead, Self.shortQuote] + (endsWithParagraph ? [Self.longParagraph] : [])
        #expect(article.paragraphs == expected)
        #expect(article.leftOutProseLines.isEmpty && article.leftOutSentenceLines.isEmpty)
    }

    @Test func aShortQuoteLeadBeforeOneFurnitureLineIsKept() {
        let article = RawArticle(parsing: """
            Norway’s government rejects quota deal

            \(Self.shortQuote)

            Advertisement

            \(Self.longParagraph)
            """)
        #expect(article.paragraphs == [Self.shortQuote, Self.longParagraph])
    }

    @Test func aTeaserListAfterTheArticleAndAFurnitureLineIsStillCut() {
        let article = RawArticle(parsing: """
            Norway’s government rejects quota deal

            \(Self.shortLead)

            \(Self.longParagraph)

            Advertisement

            More from World
            Floods hit southern Germany as rivers burst banks
            Markets slide after central bank surprise

            Share this article
            """)
        #expect(article.paragraphs == [Self.shortLead, Self.longParagraph])
    }

    @Test func aShortQuoteAfterACommentLabelIsLeftOutAndReported() {
        let article = RawArticle(parsing: """
            Norway’s government rejects quota deal

            \(Self.shortLead)

            \(Self.longParagraph)

            Leave a comment

            \(Self.shortQuote)
            """)
        #expect(article.paragraphs == [Self.shortLead, Self.longParagraph])
        #expect(article.leftOutProseLines.isEmpty)
        #expect(article.leftOutSentenceLines == [9])
    }

    @Test(arguments: [
        ("“It is a warning,” said Halvorsen.", true), ("The vote is next week.", true), ("Duda: “No.”", true),
        ("Sign up for our daily newsletter.", false), ("All rights reserved.", false), ("Read more", false),
        ("The vote is set for next...", false), ("Fishing boats in Bergen harbour. Photo: Kari Lund", false),
        ("By Kari Lund", false), ("Thank you.", false),
    ])
    func readsAsASentenceOfTheArticle(_ line: String, _ expected: Bool) {
        let bytes = Array(line.utf8)
        #expect(RawArticle.readsAsSentence(bytes, LineFeatures(bytes)) == expected)
    }

    @Test func aPastedArticleReportsTheProseItLeftOut() {
        let article = RawArticle(parsing: """
            Council approves budget

            The city council approved its budget for next year on Tuesday after a debate that lasted well into the night.

            Spending on roads will rise by a tenth, while the library budget stays frozen for a third year running.

            Leave a comment

            The mayor said the council had found savings in every department without closing a single library branch.

            Opposition councillors said they would ask the regional auditor to look again at the figures in the spring.
            """)
        #expect(article.paragraphs.count == 2)
        #expect(article.leftOutProseLines == [9, 11])
    }

    @Test func aPageDumpDoesNotReportTheTeasersItLeftOut() throws {
        let article = RawArticle(parsing: try RawArticleFixture.text("harbour-cookie-newsletter"))
        #expect(article.leftOutProseLines.isEmpty)
    }

    @Test(arguments: [
        ("- one", true), ("* one", true), ("• one", true), ("· one", true), ("– one", true), ("1. one", true),
        ("12) one", true), ("-one", false), ("2025 was a year", false), ("1.5 million", false), ("one", false),
    ])
    func bulletedLines(_ line: String, _ bulleted: Bool) {
        #expect(InlineStructure.isBulleted(Array(line.utf8)) == bulleted)
    }
}
