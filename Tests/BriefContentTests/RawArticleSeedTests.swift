import Foundation
import Testing
@testable import BriefContent

@Suite("RawArticle: the seed article")
struct RawArticleSeedTests {
    let boilerplate = ["Share This Article", "Leave a Comment", "Leave a Reply Cancel reply", "Exit mobile version"]

    @Test func firstLineIsTheHeadline() throws {
        let article = RawArticle(parsing: try RawArticleFixture.text("lavrov-alaska-summit"))
        #expect(article.title == "Lavrov accuses European Leaders of Undermining Progress made at Alaska Summit")
        #expect(article.titleLine == 1)
    }

    @Test func keepsEveryBodyParagraphExactly() throws {
        let lines = try RawArticleFixture.lines("lavrov-alaska-summit")
        let expected = Array(lines[1...]).filter { !boilerplate.contains($0) }
        #expect(expected.count == 11)
        let article = RawArticle(parsing: try RawArticleFixture.text("lavrov-alaska-summit"))
        #expect(article.paragraphs == expected)
        #expect(article.body == expected.joined(separator: "\n\n"))
    }

    @Test func dropsTheTrailingBoilerplate() throws {
        let article = RawArticle(parsing: try RawArticleFixture.text("lavrov-alaska-summit"))
        for line in boilerplate {
            #expect(!article.body.contains(line), "kept \(line)")
        }
        #expect(!article.body.contains("Cancel reply"))
    }

    @Test func recordsTheParagraphLines() throws {
        let article = RawArticle(parsing: try RawArticleFixture.text("lavrov-alaska-summit"))
        #expect(article.paragraphLines == [3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23])
    }

    @Test func picksUpTheTrailingSource() throws {
        let article = RawArticle(parsing: try RawArticleFixture.text("lavrov-alaska-summit"))
        #expect(article.source == "Reuters")
        #expect(article.byline == nil)
        #expect(article.dateline == nil)
        // The attribution stays in the text.
        #expect(article.paragraphs.last?.hasSuffix("reports Reuters.") == true)
    }

    @Test func crlfAndCRLineEndsParseTheSame() throws {
        let text = try RawArticleFixture.text("lavrov-alaska-summit")
        let lf = RawArticle(parsing: text)
        let crlf = RawArticle(parsing: text.replacingOccurrences(of: "\n", with: "\r\n"))
        let cr = RawArticle(parsing: text.replacingOccurrences(of: "\n", with: "\r"))
        #expect(crlf == lf)
        #expect(cr == lf)
        #expect(!crlf.body.contains("\r"))
    }
}
