import Testing
@testable import BriefContent

@Suite("RawArticle: byline, dateline, source")
struct RawArticleMetadataTests {
    @Test func wireStoryDatelineStaysInTheText() throws {
        let article = RawArticle(parsing: try RawArticleFixture.text("wire-dateline"))
        #expect(article.dateline == "MOSCOW, Aug 20 (Reuters) -")
        #expect(article.source == "Reuters")
        #expect(article.paragraphs.first?.hasPrefix("MOSCOW, Aug 20 (Reuters) - Russia's central bank") == true)
    }

    @Test func apStoryHasBylineDatelineAndSource() throws {
        let article = RawArticle(parsing: try RawArticleFixture.text("ap-byline"))
        #expect(article.byline == "Lee Hart and Sam Ortiz")
        #expect(article.dateline == "WASHINGTON (AP) —")
        #expect(article.source == "AP")
    }

    @Test(arguments: [
        ("MOSCOW, Aug 20 (Reuters) - Russia said on Friday it would act.", "MOSCOW, Aug 20 (Reuters) -", "Reuters"),
        ("ST. JOSEPH, Mich. (AP) — Health authorities are reporting a sixth death.", "ST. JOSEPH, Mich. (AP) —", "AP"),
        ("(Reuters) — The attorney general is investigating the company.", "(Reuters) —", "Reuters"),
        ("NEW DELHI: Their dream shattered, nearly 150 people returned home.", "NEW DELHI:", nil),
        ("BERLIN – Die Regierung hat am Montag beschlossen, die Steuer zu senken.", "BERLIN –", nil),
    ] as [(String, String, String?)])
    func datelines(_ paragraph: String, _ dateline: String, _ agency: String?) throws {
        let found = try #require(ArticleMetadata.dateline(in: Array(paragraph.utf8)))
        #expect(found.dateline == dateline)
        #expect(found.agency == agency)
    }

    @Test(arguments: [
        "DEAR ABBY: My husband of more than 20 years just purchased plane tickets.",
        "UPDATE: The road has reopened after the accident on Monday.",
        "BREAKING - Two trains have collided outside the main station.",
        "The bank said - in a statement - that rates would stay.",
        "Summary: the council met on Monday and agreed the budget.",
        "",
    ])
    func notDatelines(_ paragraph: String) {
        #expect(ArticleMetadata.dateline(in: Array(paragraph.utf8)) == nil)
    }

    @Test(arguments: [
        ("Moscow could sign any document with Kiev, reports Reuters.", "Reuters"),
        ("The talks ended without a deal, according to AP.", "AP"),
        ("The strike will continue on Thursday, the union said (Reuters)", "Reuters"),
        ("Officials declined to comment, reported the Associated Press.", nil),
        ("Officials declined to comment, reported Associated Press.", "Associated Press"),
        ("The meeting ended at noon.", nil),
    ] as [(String, String?)])
    func trailingSources(_ paragraph: String, _ source: String?) {
        #expect(ArticleMetadata.trailingSource(in: paragraph) == source)
    }

    @Test(arguments: [
        ("By Jane Doe", "Jane Doe"),
        ("BY JANE DOE AND JOHN ROE", "JANE DOE AND JOHN ROE"),
        ("Par Camille Durand", "Camille Durand"),
        ("By HNN Staff | November 18, 2019 at 2:26 PM HST", "HNN Staff"),
        ("By the end of the week, the river had risen by a metre.", nil),
        ("by", nil),
        ("Bystanders watched", nil),
    ] as [(String, String?)])
    func bylines(_ line: String, _ names: String?) {
        #expect(ArticleMetadata.byline(in: Array(line.utf8)) == names)
    }

    @Test(arguments: [
        ("Reuters", "Reuters"), ("— AP", "AP"), ("(AFP)", "AFP"), ("Source: Reuters", "Reuters"),
        ("Reuters contributed to this report", nil), ("Share", nil),
    ] as [(String, String?)])
    func creditLines(_ line: String, _ agency: String?) {
        #expect(ArticleMetadata.creditLine(utf8: Array(line.utf8)) == agency)
    }

    /// A line of ASCII is read by bytes, any other by Characters: both give what Characters give.
    @Test(arguments: [
        "Reuters", "- Reuters.", "(AFP)", "((AFP)).", "Source: Reuters", "Sources: AP", "Source : dpa",
        "Source:Source: AP", "Sources:Source: AP", "  AP  ", "AP\r", "Reuters\r\n", "– Reuters", "— AP.",
        "Reuters\u{301}", "-\u{301}Reuters", "Reuters.\u{301}", "Source:\u{301} AP", "Agence France-Presse",
        "Associated Press)", "reuters", "", " ", "Quelle: dpa", "Fonte: ANSA", "Fuente: EFE.",
    ])
    func creditLineBytesAgreeWithCharacters(_ line: String) {
        let expected = ArticleMetadata.creditLineOverCharacters(line)
        #expect(ArticleMetadata.creditLine(utf8: Array(line.utf8)) == expected)
    }

    @Test func creditLineAfterTheBodyNamesTheSource() {
        let text = """
            Ferry service resumes after storm

            Ferries between the mainland and the islands resumed on Tuesday after three days of cancellations caused by the storm.

            Operators said the timetable would return to normal by the weekend, with extra sailings on Saturday.

            — AP

            Share this story
            """
        let article = RawArticle(parsing: text)
        #expect(article.source == "AP")
        #expect(article.paragraphs.count == 2)
    }
}
