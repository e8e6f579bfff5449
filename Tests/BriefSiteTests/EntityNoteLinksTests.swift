import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// Links in an entity note's body lead where a briefing's would, and `brief check` checks them.
@Suite("Entity note links")
struct EntityNoteLinksTests {
    private func site() throws -> HostileSite {
        let site = try HostileSite()
        try site.write(
            "content/b.md",
            "---\ntitle: B\ndate: 2025-01-01\n---\nFriedrich Merz met Lech Wałęsa in Gdańsk on Monday.\n\nSee [Kyiv](entities/kyiv.md).\n")
        try site.write("content/entities/kyiv.md", "---\nname: Kyiv\ntype: place\n---\nThe capital.\n")
        try site.write(
            "content/entities/merz.md",
            "---\nname: Friedrich Merz\ntype: person\n---\nSee [z](../b.md) and [e](entity:lech-walesa)\nand [x](entity:nobody2) and [y](../nothere.md).\n")
        return site
    }

    @Test func noteLinksLeadToPagesOrAreText() async throws {
        let site = try site()
        let result = await site.build()
        #expect(result.status == 0, "\(result.err)")
        let page = String(decoding: try #require(try site.output()["entities/friedrich-merz/index.html"]), as: UTF8.self)
        #expect(page.contains("href=\"../../briefings/b/index.html\""), "\(page)")
        #expect(page.contains("href=\"../../entities/lech-walesa/index.html\"") || page.contains("href=\"../lech-walesa/index.html\""))
        #expect(!page.contains("href=\"../b.md\"") && !page.contains("entity:"))
        #expect(!page.contains("nobody2"))
        // A link to no briefing is kept as written, as in a briefing.
        #expect(page.contains("href=\"../nothere.md\""))
    }

    @Test func checkReportsNoteLinksThatLeadNowhere() async throws {
        let site = try site()
        let result = await SiteChecker(siteDirectory: site.site).check()
        let lines = result.problems.map(\.description)
        #expect(lines.contains { $0.hasPrefix("content/entities/merz.md:6: error: link to entity `nobody2` leads nowhere") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("content/entities/merz.md:6: error: link to `../nothere.md` leads nowhere: there is no briefing content/nothere.md") }, "\(lines)")
        #expect(!lines.contains { $0.contains("lech-walesa") || $0.contains("../b.md") })
        #expect(lines.contains { $0.hasPrefix("content/b.md:7: error: link to `entities/kyiv.md` leads nowhere: content/entities/kyiv.md is an entity note") }, "\(lines)")
    }
}
