import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// Blank settings in brief.yml leave their parts out; a blank title is an error.
@Suite("Blank site settings")
struct BlankSettingsTests {
    @Test func aBlankAuthorAndDescriptionAreLeftOut() async throws {
        let site = try HostileSite(config: "title: T\nauthor: \" \"\ndescription: \"\"\n")
        #expect(await site.build().status == 0)
        let page = String(decoding: try #require(try site.output()["index.html"]), as: UTF8.self)
        #expect(!page.contains("name=\"author\""))
        #expect(!page.contains("site-description"))
        #expect(!page.contains("<meta name=\"description\""))
        #expect(page.contains("<p>Built with brief.</p>"), "\(page)")
    }

    @Test func anAuthorIsShown() async throws {
        let site = try HostileSite(config: "title: T\nauthor: The Desk\n")
        #expect(await site.build().status == 0)
        let page = String(decoding: try #require(try site.output()["index.html"]), as: UTF8.self)
        #expect(page.contains("<meta name=\"author\" content=\"The Desk\">"))
        #expect(page.contains("The Desk · Built with brief."))
    }

    @Test func aBlankTitleIsAnError() async throws {
        let site = try HostileSite(config: "language: en\ntitle: \"\"\n")
        let result = await site.build()
        #expect(result.status == 1)
        #expect(result.err.contains { $0.hasPrefix("brief.yml:2: error: `title` is empty") }, "\(result.err)")
    }

    @Test func checkShowsANoteNameAsYAMLReadsIt() async throws {
        let site = try HostileSite()
        try site.write("content/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\nAngela Merkel met Emmanuel Macron in Paris.\n")
        try site.write("content/entities/ali.md", "---\nname: \"Ali <b>\\\"the Fox\\\"</b>\"\ntype: person\n---\n")
        let result = await SiteChecker(siteDirectory: site.site).check()
        #expect(result.problems.contains { $0.message.contains("(Ali <b>\"the Fox\"</b>)") }, "\(result.problems)")
    }
}
