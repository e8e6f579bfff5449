import Testing
@testable import BriefContent

/// The day of a pasted article, from a date line under its headline.
@Suite("RawArticle: publication date lines")
struct RawArticleDateTests {
    static func article(_ dateLine: String) -> RawArticle {
        RawArticle(parsing: """
            Minister quits over housing row

            By Jane Smith
            \(dateLine)

            The housing minister resigned on Monday after weeks of pressure over delayed building targets.

            She said in a letter to the prime minister that she could no longer defend the government's record.
            """)
    }

    @Test(arguments: [
        ("Published 14 March 2026", "2026-03-14"), ("Updated: March 14, 2026 10:42 AM", "2026-03-14"),
        ("Published: Sat 14 Mar 2026 09.00 GMT", "2026-03-14"), ("14th March 2026", "2026-03-14"),
        ("Posted on 2026-03-14 at 10:42", "2026-03-14"), ("Sept. 3, 2025", "2025-09-03"),
    ])
    func readsTheDayOfADateLine(_ line: String, _ day: String) {
        #expect(Self.article(line).date?.isoDay == day)
        #expect(Self.article(line).paragraphs.count == 2)
    }

    @Test(arguments: ["Published 14 March", "March 2026", "Updated 10:42 AM", "31 February 2026", "Published 45 March 2026"])
    func refusesLinesWithoutAWholeDate(_ line: String) {
        #expect(Self.article(line).date == nil)
    }

    @Test func aPublishedLineWinsOverAnUpdatedOne() {
        let article = Self.article("Updated: March 20, 2026 10:42 AM\nPublished 14 March 2026")
        #expect(article.date?.isoDay == "2026-03-14")
    }

    @Test func aDateInsideTheBodyIsNotThePublicationDate() {
        let article = RawArticle(parsing: """
            Minister quits over housing row

            The housing minister resigned on Monday, 14 March 2026, after weeks of pressure over delayed building targets.

            She said in a letter to the prime minister that she could no longer defend the government's record.
            """)
        #expect(article.date == nil)
    }
}
