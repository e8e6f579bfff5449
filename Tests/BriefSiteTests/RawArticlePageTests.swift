import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

@Suite("Raw article pages")
struct RawArticlePageTests {
    /// The dateline stays in the first paragraph, as written; the page does not show it twice.
    @Test func theDatelineIsShownOnce() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/pasted.txt", """
            Leaders clash over the migration pact at the summit

            BRUSSELS (AP) — European leaders clashed on Thursday over the bloc's migration pact, with one prime minister vowing to block it before the vote.

            The talks went on late into the night and ended without agreement on any of the disputed points of the pact.
            """)
        _ = try await SiteBuilder(siteDirectory: scratch.url("site")).build()
        let page = try scratch.read("site/public/briefings/pasted/index.html")
        let text = page.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        #expect(text.components(separatedBy: "BRUSSELS (AP) —").count == 2)
        #expect(page.contains("<span class=\"source\">AP</span>"))
    }
}
