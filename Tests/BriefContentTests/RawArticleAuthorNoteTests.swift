import Testing
@testable import BriefContent

/// A note about the writer closing the text ("Jane Roe" / "Jane joined the paper in 2017 ...",
/// "Julius is an entertainment reporter for ...") is not the article's last paragraph.
@Suite("RawArticle: a closing note about the author")
struct RawArticleAuthorNoteTests {
    static let paragraphs = [
        "Solar module prices fell for a fourth month in a row as factories in the region added new production lines this year.",
        "Analysts expect prices to level off next spring, when demand from large projects in Europe and India is expected to pick up again.",
        "Despite the setbacks, the company said it would keep its plan to double its cell capacity by the end of next year.",
    ]

    @Test func aBioUnderTheWritersNameIsLeftOut() {
        let text = """
        Module prices fall again

        \(Self.paragraphs.joined(separator: "\n\n"))

        Share

        Marta Lindqvist

        Marta joined the magazine in March 2017. She has been reporting on solar and renewable energy since 2009.

        More articles from Marta Lindqvist
        """
        #expect(RawArticle(parsing: text).paragraphs == Self.paragraphs)
    }

    @Test func aSentenceSayingTheWriterIsAReporterIsLeftOut() {
        let text = """
        Module prices fall again

        \(Self.paragraphs.joined(separator: "\n\n"))

        Julius is an energy reporter for the Gazette.

        On Our Radar
        """
        #expect(RawArticle(parsing: text).paragraphs == Self.paragraphs)
    }

    @Test func aClosingParagraphAboutSomeoneElseStays() {
        // The last paragraph names a person the body's name line did not introduce, and says
        // nothing of a writer's role: the article's own text.
        let closing = "Marta Lindqvist, the company's chief executive, said the plan was on track and would be reviewed in June."
        let text = """
        Module prices fall again

        \(Self.paragraphs.joined(separator: "\n\n"))

        \(closing)

        Share
        """
        #expect(RawArticle(parsing: text).paragraphs == Self.paragraphs + [closing])
    }
}
