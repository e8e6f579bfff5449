import BriefTestSupport
import BriefContent
import Foundation
import Testing
@testable import BriefSite

/// Tag pages, the archive, pagination links and the 404 page, through whole builds.
@Suite("Listing pages")
struct ListingPagesTests {
    @Test(arguments: [
        // page, total, newer link, older link
        (1, 1, nil, nil),
        (1, 3, nil, "page/2/index.html"),
        (2, 3, "../../index.html", "../../page/3/index.html"),
        (3, 3, "../../page/2/index.html", nil),
    ] as [(Int, Int, String?, String?)])
    func paginationLinksNeighbouringPagesRelatively(current: Int, total: Int, newer: String?, older: String?) {
        let context = PageContext(kind: "index", path: Pagination.path(ofPage: current), baseURL: "")
        let pagination = Pagination(current: current, total: total, from: context)
        #expect(pagination.newer == newer)
        #expect(pagination.older == older)
        #expect(pagination.isFirst == (current == 1))
        #expect(pagination.hasMultiplePages == (total > 1))
    }

    @Test func aTagsBriefingsArePaginatedLikeTheHomePage() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\npaginate: 2\nbase_url: https://example.org/\n")
        for day in 1...5 {
            try scratch.write("site/content/b\(day).md", "---\ntitle: Briefing \(day)\ndate: 2025-03-0\(day)\ntags: [NATO]\n---\nText.\n")
        }
        try scratch.write("site/content/other.md", "---\ntitle: Other\ndate: 2025-02-01\ntags: [trade]\n---\nText.\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()

        let first = try scratch.read("out/tags/nato/index.html")
        let second = try scratch.read("out/tags/nato/page/2/index.html")
        let third = try scratch.read("out/tags/nato/page/3/index.html")
        #expect(!scratch.exists("out/tags/nato/page/4/index.html"))
        #expect(!scratch.exists("out/tags/trade/page/2/index.html"))
        // Latest first, two to a page, the count of all five on every page.
        #expect(first.contains("Briefing 5") && first.contains("Briefing 4") && !first.contains("Briefing 3"))
        #expect(second.contains("Briefing 3") && second.contains("Briefing 2") && !second.contains("Briefing 4"))
        #expect(third.contains("Briefing 1") && !third.contains("Briefing 2"))
        #expect(second.contains("5 briefings"))
        // Neighbours linked relatively, from the folder each page is in.
        #expect(first.contains("href=\"../../tags/nato/page/2/index.html\">Older"))
        #expect(second.contains("href=\"../../../../tags/nato/index.html\">← Newer"))
        #expect(second.contains("href=\"../../../../tags/nato/page/3/index.html\">Older"))
        #expect(second.contains("href=\"../../../../briefings/b3/index.html\""))
        #expect(second.contains("<title>NATO · page 2 · T</title>"))
        #expect(try !scratch.read("out/tags/trade/index.html").contains("class=\"pagination\""))
        #expect(try scratch.read("out/sitemap.xml").contains("<loc>https://example.org/tags/nato/page/3/</loc>"))
    }

    @Test func aBriefingsCardIsRightAtEachDepthItsTagsShowItAt() async throws {
        // `b` is on the first page of `beta` (two folders down) and the second of `alpha` (four):
        // one card per depth, each linking from its own folder and listing all its tags.
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\npaginate: 1\n")
        try scratch.write("site/content/a.md", "---\ntitle: Alpha only\ndate: 2025-03-02\ntags: [alpha]\n---\nText.\n")
        try scratch.write("site/content/b.md", "---\ntitle: Both\ndate: 2025-03-01\ntags: [alpha, Beta]\n---\nText.\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()

        let further = try scratch.read("out/tags/alpha/page/2/index.html")
        let first = try scratch.read("out/tags/beta/index.html")
        #expect(further.contains("href=\"../../../../briefings/b/index.html\""))
        #expect(!further.contains("href=\"../../briefings/b/index.html\""))
        #expect(further.contains("href=\"../../../../tags/beta/index.html\">Beta</a>"))
        #expect(first.contains("href=\"../../briefings/b/index.html\""))
        #expect(first.contains("href=\"../../tags/alpha/index.html\">alpha</a>"))
        #expect(!first.contains("Alpha only"))
        #expect(try scratch.read("out/tags/alpha/index.html").contains("href=\"../../briefings/a/index.html\""))
    }

    @Test(arguments: [
        // group sizes, page size, pages as (group, first member, end) slices
        ([3, 4], 5, [[(0, 0, 3), (1, 0, 2)], [(1, 2, 4)]]),
        ([12], 5, [[(0, 0, 5)], [(0, 5, 10)], [(0, 10, 12)]]),
        ([5, 5], 5, [[(0, 0, 5)], [(1, 0, 5)]]),
        ([2, 3], 0, [[(0, 0, 2), (1, 0, 3)]]),
        ([], 5, [[]]),
    ] as [([Int], Int, [[(Int, Int, Int)]])])
    func quotesPagesCutSpeakerGroupsWhereAPageIsFull(sizes: [Int], size: Int, expected: [[(Int, Int, Int)]]) {
        let pages = QuotesPage.pages(groupSizes: sizes, size: size)
        let slices: [[QuotesPage.Slice]] = expected.map { page in
            page.map { (group: Int, start: Int, end: Int) in QuotesPage.Slice(group: group, members: start..<end) }
        }
        #expect(pages == slices)
        let continued: [Bool] = pages.flatMap { $0 }.map(\.isContinued)
        let startsLater: [Bool] = expected.flatMap { $0 }.map { $0.1 > 0 }
        #expect(continued == startsLater)
    }

    @Test func theQuotesPagesHoldTenTimesPaginateQuotesAndContinueASpeaker() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\npaginate: 1\n")
        // 12 quotes of Anna Kestrel and 2 of Boris Lindqvist: pages of 10.
        var anna = "---\ntitle: Anna\ndate: 2025-03-02\n---\n"
        for n in 1...12 { anna += "“We will act on point \(n),” Anna Kestrel said.\n\n" }
        try scratch.write("site/content/anna.md", anna)
        try scratch.write("site/content/boris.md", """
            ---
            title: Boris
            date: 2025-03-01
            ---
            “Nothing was agreed,” Boris Lindqvist said.

            “We go home now,” Boris Lindqvist said.
            """)
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()

        let first = try scratch.read("out/quotes/index.html")
        let second = try scratch.read("out/quotes/page/2/index.html")
        #expect(!scratch.exists("out/quotes/page/3/index.html"))
        let items = { (page: String) in page.components(separatedBy: "<li class=\"quote-item").count - 1 }
        #expect(items(first) == 10)
        #expect(items(second) == 4)
        #expect(first.contains("14 quotes") && second.contains("14 quotes"))
        // Anna's twelve: ten on page 1, two more under her name marked as continued on page 2.
        #expect(!first.contains("(continued)"))
        #expect(second.contains("Anna Kestrel</a> <span class=\"continued\">(continued)</span> <span class=\"count\">12</span>"))
        #expect(second.contains("Boris Lindqvist</a> <span class=\"count\">2</span>"))
        // Links from the deeper folder.
        #expect(second.contains("href=\"../../../briefings/boris/index.html#q-1\""))
        #expect(second.contains("href=\"../../../entities/anna-kestrel/index.html\""))
        #expect(first.contains("href=\"../quotes/page/2/index.html\">Next →"))
        #expect(second.contains("href=\"../../../quotes/index.html\">← Previous"))
    }

    /// A site's own tag and quotes templates made before these lists had pages show no page
    /// links: their lists stay whole on one page instead of pages nothing links to.
    @Test func ownTemplatesWithoutPageLinksKeepEachListOnOnePage() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\npaginate: 1\n")
        for day in 1...3 {
            try scratch.write("site/content/b\(day).md", """
                ---
                title: Briefing \(day)
                date: 2025-03-0\(day)
                tags: [trade]
                ---
                “One,” Anna Kestrel said. “Two,” Anna Kestrel said. “Three,” Anna Kestrel said. “Four,” Anna Kestrel said.
                """)
        }
        try scratch.write("site/templates/tag.mustache", "{{<layout}}{{$main}}{{#briefings}}<p>{{title}}</p>{{/briefings}}{{/main}}{{/layout}}\n")
        try scratch.write("site/templates/quotes.mustache", "{{<layout}}{{$main}}{{#groups}}{{#quotes}}<p>{{text}}</p>{{/quotes}}{{/groups}}{{/main}}{{/layout}}\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let tag = try scratch.read("out/tags/trade/index.html")
        #expect((1...3).allSatisfy { tag.contains("<p>Briefing \($0)</p>") })
        #expect(!scratch.exists("out/tags/trade/page/2/index.html"))
        let quotes = try scratch.read("out/quotes/index.html")
        #expect(quotes.components(separatedBy: "<p>One</p>").count - 1 == 3, "\(quotes)")
        #expect(quotes.components(separatedBy: "<p>Four</p>").count - 1 == 3)
        #expect(!scratch.exists("out/quotes/page/2/index.html"))
        // The index keeps its pages: its template always had them.
        #expect(scratch.exists("out/page/3/index.html"))
    }

    @Test func aPaginateTooLargeToMultiplyPutsAllQuotesOnOnePage() {
        #expect(QuotesPage.quotesPerPage(paginate: 20) == 200)
        #expect(QuotesPage.quotesPerPage(paginate: 0) == 0)
        #expect(QuotesPage.quotesPerPage(paginate: Int.max / 5) == 0)
    }

    @Test func tagsHaveAnIndexWithCountsAndOnePageEach() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", "---\ntitle: Alpha\ndate: 2025-03-01\ntags: [NATO, Défense]\n---\nA.\n")
        try scratch.write("site/content/b.md", "---\ntitle: Beta\ndate: 2025-04-01\ntags: [nato, \"../../etc\"]\n---\nB.\n")
        try scratch.write("site/content/c.md", "---\ntitle: Gamma\ndate: 2025-05-01\ntags: [\"!!!\"]\n---\nC.\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()

        let index = try scratch.read("out/tags/index.html")
        // `NATO` and `nato` share one page, named as on the latest briefing.
        #expect(index.contains("<a href=\"../tags/nato/index.html\">nato</a> <span class=\"count\">2 briefings</span>"))
        #expect(index.contains("<a href=\"../tags/defense/index.html\">Défense</a> <span class=\"count\">1 briefing</span>"))
        // Hostile names become plain slugs: no `..`, no empty folder.
        #expect(index.contains("href=\"../tags/etc/index.html\""))
        #expect(index.contains("href=\"../tags/tag/index.html\""))
        #expect(!scratch.exists("out/etc"))

        let nato = try scratch.read("out/tags/nato/index.html")
        let beta = try #require(nato.range(of: "Beta"))
        let alpha = try #require(nato.range(of: "Alpha"))
        #expect(beta.lowerBound < alpha.lowerBound, "latest first")
        #expect(!nato.contains("Gamma"))
        #expect(nato.contains("href=\"../../briefings/a/index.html\""))
        #expect(nato.contains("<a href=\"../../tags/index.html\">All tags</a>"), "links back to all tags")

        // Tags on cards and briefing pages link to their pages.
        let home = try scratch.read("out/index.html")
        #expect(home.contains("<a href=\"tags/defense/index.html\">Défense</a>"))
        let briefing = try scratch.read("out/briefings/a/index.html")
        #expect(briefing.contains("<a href=\"../../tags/nato/index.html\">NATO</a>"))
    }

    @Test func theArchiveGroupsByMonthNewestFirstWithUndatedLast() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/jan1.md", "---\ntitle: January one\ndate: 2025-01-05\n---\nA.\n")
        try scratch.write("site/content/jan2.md", "---\ntitle: January two\ndate: 2025-01-20\n---\nA.\n")
        try scratch.write("site/content/dec.md", "---\ntitle: December\ndate: 2024-12-31\n---\nA.\n")
        try scratch.write("site/content/mar.md", "---\ntitle: March\ndate: 2025-03-02T10:00:00+02:00\n---\nA.\n")
        try scratch.write("site/content/raw.txt", "An undated raw article\n\nBody text here.\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let archive = try scratch.read("out/archive/index.html")

        let order = ["id=\"2025-03\"", "id=\"2025-01\"", "id=\"2024-12\"", "id=\"undated\""]
        let positions = try order.map { try #require(archive.range(of: $0), "\($0) missing").lowerBound }
        #expect(positions == positions.sorted())
        #expect(archive.contains(">March 2025 <span class=\"count\">1</span>"))
        #expect(archive.contains(">January 2025 <span class=\"count\">2</span>"))
        #expect(archive.contains(">Undated <span class=\"count\">1</span>"))
        let two = try #require(archive.range(of: "January two"))
        let one = try #require(archive.range(of: "January one"))
        #expect(two.lowerBound < one.lowerBound, "newest first within a month")
        let undated = try #require(archive.range(of: "id=\"undated\""))
        let raw = try #require(archive.range(of: "An undated raw article"))
        #expect(raw.lowerBound > undated.lowerBound)
        #expect(archive.contains("href=\"../briefings/raw/index.html\""))
        #expect(archive.contains("<a href=\"#2025-01\">January 2025</a>"))
    }

    @Test func theNotFoundPageLinksFromTheBaseURL() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\nbase_url: https://example.org/news\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let page = try scratch.read("out/404.html")
        #expect(page.contains("href=\"https://example.org/news/assets/brief.css\""))
        #expect(page.contains("href=\"https://example.org/news/index.html\""))
        #expect(!page.contains("rel=\"canonical\""))

        try scratch.write("bare/brief.yml", "title: T\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("bare"), outputDirectory: scratch.url("bare-out")).build()
        let bare = try scratch.read("bare-out/404.html")
        #expect(bare.contains("href=\"/assets/brief.css\""))
        #expect(bare.contains("href=\"/search/index.html\""))
    }

    @Test func everyListingPagePropertyIsVisibleToTemplates() {
        let site = SiteContext(config: SiteConfig())
        let page = PageContext(kind: "tag", path: "tags/nato/index.html", baseURL: "")
        let card = BriefingCard(PageModelTests.fullBriefing().summary, from: page)
        let tag = TagLink(name: "NATO", slug: "nato", count: 2, from: page)
        PageModelTests.assertEveryPropertyIsAVariable(tag)
        PageModelTests.assertEveryPropertyIsAVariable(TagsIndexPage(site: site, page: page, tags: [tag]))
        PageModelTests.assertEveryPropertyIsAVariable(
            TagPage(site: site, page: page, tag: tag, briefings: [card], pagination: Pagination(current: 1, total: 2, from: page, folder: "tags/nato/")))
        let group = ArchiveGroup(title: "May 2025", id: "2025-05", briefings: [card])
        PageModelTests.assertEveryPropertyIsAVariable(group)
        PageModelTests.assertEveryPropertyIsAVariable(ArchivePage(site: site, page: page, groups: [group]))
        PageModelTests.assertEveryPropertyIsAVariable(SearchPage(site: site, page: page))
        PageModelTests.assertEveryPropertyIsAVariable(NotFoundPage(site: site, page: page))
    }
}
