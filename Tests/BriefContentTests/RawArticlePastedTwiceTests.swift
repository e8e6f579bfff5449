import Testing
@testable import BriefContent

/// A paragraph of the article pasted twice in a row is kept once, without cutting off the
/// article after it; a caption a gallery repeats beside its credit is still furniture.
@Suite("RawArticle: a paragraph pasted twice in a row")
struct RawArticlePastedTwiceTests {
    @Test func aParagraphTwiceInARowKeepsOneCopyAndWhatFollows() {
        let twice = "Okafor called the offer on the fishing quotas “deeply unfair” and a “betrayal of the coast.”"
        let article = RawArticle(parsing: """
            Fishing talks collapse in Lisbon

            Negotiators left Lisbon on Friday without a deal on the fishing quotas, officials said.

            “We came here to agree, not to be lectured,” Okafor said.

            \(twice)

            \(twice)

            Ines Moura, a spokeswoman for the ministry, said the talks would resume in May.
            """)
        #expect(article.paragraphs.filter { $0 == twice }.count == 1, "\(article.paragraphs)")
        #expect(article.paragraphs.last == "Ines Moura, a spokeswoman for the ministry, said the talks would resume in May.")
        // Nothing of the article was lost: no paragraph to warn about.
        #expect(article.leftOutProseLines.isEmpty && article.leftOutSentenceLines.isEmpty)
    }

    @Test func aCaptionShownTwiceBesideItsCreditIsStillFurniture() {
        let caption = "Harbour workers unload crates of sardines at the port of Peniche, Portugal, on Thursday, May 8, 2025."
        let article = RawArticle(parsing: """
            Fishing talks collapse in Lisbon

            Negotiators left Lisbon on Friday without a deal on the fishing quotas, officials said, after three days of talks.

            \(caption)

            \(caption)

            Photo: Rui Santos, AP

            The fleet's owners said they would appeal to the European Commission before the season opens in June.
            """)
        #expect(!article.paragraphs.contains(caption), "\(article.paragraphs)")
    }
}
