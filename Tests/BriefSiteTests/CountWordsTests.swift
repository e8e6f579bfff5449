import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// Counts read aloud by screen readers agree with their number: "1 mention", "2 mentions".
@Suite("Count words")
struct CountWordsTests {
    @Test func hiddenCountWordsAreSingularForOne() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", """
            ---
            title: Talks
            date: 2025-03-04
            ---
            Officials met in Berlin and then in Paris. Berlin said "the talks went well," said Angela Weber.
            """)
        _ = try await SiteBuilder(siteDirectory: scratch.url("site")).build()
        let page = try scratch.read("site/public/briefings/a/index.html")
        #expect(page.contains(">Berlin</a> <span class=\"count\">2<span class=\"visually-hidden\"> mentions</span>"))
        #expect(page.contains(">Paris</a> <span class=\"count\">1<span class=\"visually-hidden\"> mention</span>"))
        #expect(page.contains("1<span class=\"visually-hidden\"> quote</span>"))
        #expect(!page.contains("1<span class=\"visually-hidden\"> mentions</span>"))
    }
}
