import BriefAnnotate
import BriefTestSupport
import BriefContent
import Foundation
import Testing
@testable import BriefSite

/// Entity pages cut into pages (`EntityPaging`): what each page shows, links from the deeper
/// pages, keys per page, and rebuilds equal to clean builds.
@Suite("Entity pagination")
struct EntityPaginationTests {
    @Test(arguments: [
        // briefings, quotes, briefings per page, quotes per page, pages as (briefings, quotes) ranges
        (4, 12, 1, 10, [(0..<1, 0..<10), (1..<2, 10..<12), (2..<3, 12..<12), (3..<4, 12..<12)]),
        (2, 25, 5, 10, [(0..<2, 0..<10), (2..<2, 10..<20), (2..<2, 20..<25)]),
        (3, 0, 2, 20, [(0..<2, 0..<0), (2..<3, 0..<0)]),
        (7, 30, 0, 0, [(0..<7, 0..<30)]),
        (0, 0, 2, 20, [(0..<0, 0..<0)]),
    ] as [(Int, Int, Int, Int, [(Range<Int>, Range<Int>)])])
    func bothListsArePagedSideBySide(briefings: Int, quotes: Int, perPage: Int, quotesPerPage: Int, expected: [(Range<Int>, Range<Int>)]) {
        let paging = EntityPaging(briefingsPerPage: perPage, quotesPerPage: quotesPerPage)
        let pages = paging.pages(briefings: briefings, quotes: quotes)
        #expect(pages.map(\.number) == Array(1...expected.count))
        #expect(pages.map(\.briefings) == expected.map(\.0))
        #expect(pages.map(\.quotes) == expected.map(\.1))
    }

    @Test func pagingFollowsPaginateLikeTheQuotesPages() {
        // Lines, as on the quotes pages: ten times `paginate` of each list.
        #expect(EntityPaging(paginate: 20) == EntityPaging(briefingsPerPage: 200, quotesPerPage: 200))
        #expect(EntityPaging(paginate: 0) == .onePage)
        #expect(EntityPaging.path(ofPage: 1, entity: "nato") == "entities/nato/index.html")
        #expect(EntityPaging.path(ofPage: 3, entity: "nato") == "entities/nato/page/3/index.html")
    }

    /// Anna Kestrel: 12 quotes in the latest briefing and mentioned in 21 older ones; with
    /// `paginate: 1`, ten briefings and ten quotes to a page, three pages.
    static func writeSite(_ scratch: Scratch, paginate: Int = 1) throws {
        try scratch.write("site/brief.yml", "title: T\npaginate: \(paginate)\nbase_url: https://example.org/\n")
        var anna = "---\ntitle: Anna speaks\ndate: 2025-03-25\n---\n"
        for n in 1...12 { anna += "“We will act on point \(n),” Anna Kestrel said.\n\n" }
        try scratch.write("site/content/anna.md", anna)
        for day in 1...21 { try writeMeeting(scratch, day) }
        try scratch.write("site/content/entities/anna-kestrel.md", """
            ---
            name: Anna Kestrel
            type: person
            aliases: [A. Kestrel]
            description: A made-up envoy.
            ---
            She speaks *often*.
            """)
    }

    static func writeMeeting(_ scratch: Scratch, _ day: Int, title: String? = nil) throws {
        let date = "2025-03-" + (day < 10 ? "0\(day)" : "\(day)")
        try scratch.write("site/content/b\(day).md", """
            ---
            title: \(title ?? "Meeting \(day)")
            date: \(date)
            ---
            Anna Kestrel met Boris Lindqvist in Oslo on day \(day).
            """)
    }

    @Test func anEntitysBriefingsAndQuotesGoOnToFurtherPages() async throws {
        let scratch = try Scratch()
        try Self.writeSite(scratch)
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let folder = "out/entities/anna-kestrel/"
        let first = try scratch.read(folder + "index.html")
        let second = try scratch.read(folder + "page/2/index.html")
        let third = try scratch.read(folder + "page/3/index.html")
        #expect(!scratch.exists(folder + "page/4/index.html"))
        let items = { (page: String) in page.components(separatedBy: "<li class=\"quote-item").count - 1 }
        #expect([first, second, third].map(items) == [10, 2, 0])
        // Ten briefings to a page, latest first.
        #expect(first.contains(">Anna speaks</a>") && first.contains(">Meeting 13</a>") && !first.contains(">Meeting 12</a>"))
        #expect(second.contains(">Meeting 12</a>") && second.contains(">Meeting 3</a>") && !second.contains(">Meeting 2</a>"))
        #expect(third.contains(">Meeting 2</a>") && third.contains(">Meeting 1</a>"))
        // The note, aliases and "seen with" on the first page only; name and counts on every one.
        #expect(first.contains("A made-up envoy.") && first.contains("<em>often</em>") && first.contains("A. Kestrel"))
        #expect(first.contains("id=\"entity-related-title\""))
        for later in [second, third] {
            #expect(!later.contains("A made-up envoy.") && !later.contains("<em>often</em>") && !later.contains("A. Kestrel"))
            #expect(!later.contains("id=\"entity-related-title\""))
            #expect(later.contains("<a href=\"../../../../entities/anna-kestrel/index.html\">Anna Kestrel</a></h1>"))
        }
        #expect(first.contains("<h1 class=\"entity-name\">Anna Kestrel</h1>"))
        #expect(first.contains("Quotes <span class=\"count\">12</span>"))
        #expect(second.contains("<title>Anna Kestrel · page 2 · T</title>"))
        // Links from the deeper folder: briefings, quotes, speaker, neighbours.
        #expect(second.contains("href=\"../../../../briefings/b3/index.html\""))
        #expect(second.contains("href=\"../../../../briefings/anna/index.html#q-11\""))
        #expect(first.contains("href=\"../../briefings/anna/index.html#q-1\""))
        #expect(first.contains("href=\"../../entities/anna-kestrel/page/2/index.html\">Older →"))
        #expect(second.contains("href=\"../../../../entities/anna-kestrel/index.html\">← Newer"))
        #expect(second.contains("href=\"../../../../entities/anna-kestrel/page/3/index.html\">Older →"))
        #expect(!third.contains("class=\"older\""))
        // The sitemap lists the further pages, as it does the tags'.
        #expect(try scratch.read("out/sitemap.xml").contains("<loc>https://example.org/entities/anna-kestrel/page/3/</loc>"))
        // An entity without quotes is paged by its briefings alone.
        #expect(scratch.exists("out/entities/oslo/page/3/index.html") && !scratch.exists("out/entities/oslo/page/4/index.html"))
    }

    /// Every relative link of every entity page (first and further) names a file of the build.
    @Test func everyLinkOnEveryEntityPageResolves() async throws {
        let scratch = try Scratch()
        try Self.writeSite(scratch)
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let files = try scratch.snapshot("out")
        let pages = files.keys.filter { $0.hasPrefix("entities/") && $0 != "entities/index.html" }
        #expect(pages.contains("entities/anna-kestrel/page/3/index.html"))
        var checked = 0
        for page in pages {
            let html = String(decoding: files[page]!, as: UTF8.self)
            for tag in HTMLTags.parse(html) {
                guard let href = tag.attributes["href"], !href.hasPrefix("http"), !href.hasPrefix("#") else { continue }
                let target = Self.resolve(href, from: page)
                #expect(files[target] != nil, "\(page): \(href) names no file (\(target))")
                checked += 1
            }
        }
        #expect(checked > 50)
    }

    /// `href` (relative, maybe with a fragment) from the page at `page`, as a site path.
    static func resolve(_ href: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        let path = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? href
        for part in path.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }

    /// A site's own entity template made before entity pages had pages shows no page links: the
    /// whole lists stay on one page, nothing left unreachable.
    @Test func anOwnEntityTemplateWithoutPageLinksKeepsEverythingOnOnePage() async throws {
        let scratch = try Scratch()
        try Self.writeSite(scratch)
        try scratch.write("site/templates/entity.mustache", """
            {{<layout}}{{$main}}{{#entity.quotes}}<p>{{text}}</p>{{/entity.quotes}}{{#entity.briefings}}<p>{{title}}</p>{{/entity.briefings}}{{/main}}{{/layout}}

            """)
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let page = try scratch.read("out/entities/anna-kestrel/index.html")
        #expect((1...12).allSatisfy { page.contains("<p>We will act on point \($0)</p>") })
        #expect((1...21).allSatisfy { page.contains("<p>Meeting \($0)</p>") } && page.contains("<p>Anna speaks</p>"))
        #expect(!scratch.exists("out/entities/anna-kestrel/page/2/index.html"))
        // The tag and quotes pages keep theirs (their templates show them).
        #expect(scratch.exists("out/quotes/page/2/index.html"))
    }

    /// Page links shown through a partial of the site's own (or a parent it extends) count as
    /// shown: the entity's lists get pages, and the partial's link leads to the next one.
    @Test func anOwnEntityTemplateShowingPageLinksThroughItsOwnPartialGetsPages() async throws {
        let scratch = try Scratch()
        try Self.writeSite(scratch)
        try scratch.write("site/templates/entity.mustache", """
            {{<layout}}{{$main}}{{#entity.briefings}}<p>{{title}}</p>{{/entity.briefings}}{{>my-pager}}{{/main}}{{/layout}}

            """)
        try scratch.write("site/templates/my-pager.mustache", """
            {{#pagination.older}}<a class="next" href="{{pagination.older}}">more</a>{{/pagination.older}}

            """)
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let first = try scratch.read("out/entities/anna-kestrel/index.html")
        #expect(!first.contains("<p>Meeting 1</p>"), "the oldest briefings are on a later page")
        let href = try #require(first.firstMatch(of: /class="next" href="([^"]+)"/)?.1)
        let second = Self.resolve(String(href), from: "entities/anna-kestrel/index.html")
        #expect(second == "entities/anna-kestrel/page/2/index.html")
        #expect(try scratch.read("out/" + second).contains("<p>Meeting"))
        // Through a parent: a template that only extends one showing the links gets pages too.
        #expect(PageRenderer.reaching(["pager"], through: ["tag": ["list"], "list": ["pager"], "pager": [], "entity": ["layout"], "layout": []])
            == ["tag", "list", "pager"])
    }

    /// A site's own layout that names the page number (no link) does not give an own entity
    /// template without page links pages nothing would link to.
    @Test func aLayoutNamingThePageNumberGivesNoPagesToATemplateWithoutLinks() async throws {
        let scratch = try Scratch()
        try Self.writeSite(scratch)
        try scratch.write("site/templates/layout.mustache", """
            <!DOCTYPE html><html><head><title>{{$title}}{{/title}}{{^pagination.isFirst}} (page {{pagination.current}}){{/pagination.isFirst}}</title></head><body>{{$main}}{{/main}}</body></html>

            """)
        try scratch.write("site/templates/entity.mustache", """
            {{<layout}}{{$main}}{{#entity.briefings}}<p>{{title}}</p>{{/entity.briefings}}{{/main}}{{/layout}}

            """)
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let page = try scratch.read("out/entities/anna-kestrel/index.html")
        #expect((1...21).allSatisfy { page.contains("<p>Meeting \($0)</p>") })
        #expect(!scratch.exists("out/entities/anna-kestrel/page/2/index.html"))
    }

    /// A page's key covers what it shows: a briefing's card changes the key of the page listing it
    /// (and of pages whose quotes are in it), not of the entity's other pages.
    @Test func eachPageIsKeyedByItsOwnSlices() throws {
        let anna = EntityCount(id: "anna-kestrel", name: "Anna Kestrel", type: .person, count: 1)
        let quotes = (1...3).map { QuoteSummary(number: $0, text: "Words \($0)", kind: .full, speakerID: "anna-kestrel", speaker: "Anna Kestrel") }
        let summaries = (1...4).map { day in
            SiteEntitiesTests.summary("b\(day)", date: "2025-03-0\(day)", [anna], quotes: day == 4 ? quotes : [])
        }
        let merge = SiteEntities(summaries: summaries, notes: [])
        let model = SiteModel(briefings: summaries.reversed().map { merge.resolved($0) }, merge: merge)
        let number = try #require(model.entities.firstIndex { $0.id == "anna-kestrel" })
        let sources = EntityPageSources(model, paging: EntityPaging(briefingsPerPage: 1, quotesPerPage: 2))
        let entityKeys = model.entities.map { entity in
            var hasher = FNV64()
            CacheKeys.add(entity, to: &hasher)
            return hasher.value
        }
        func keys(_ cardKeys: [UInt64]) -> [UInt64] {
            SitePages.entityPageKeys(
                number, listed: sources.listedQuotes(of: number), sources: sources, cardKeys: cardKeys, entityKeys: entityKeys, pages: 7)
        }
        let cardKeys: [UInt64] = [11, 12, 13, 14]
        let before = keys(cardKeys)
        #expect(before.count == 4)
        #expect(Set(before).count == 4, "pages with the same cards in other places differ")
        // Model order is latest first: b3 is listed on page 2, b1 on page 4.
        var changed = cardKeys
        changed[1] = 99
        #expect(zip(before, keys(changed)).map { $0 != $1 } == [false, true, false, false])
        changed = cardKeys
        changed[3] = 99
        #expect(zip(before, keys(changed)).map { $0 != $1 } == [false, false, false, true])
        // b4 holds the quotes of pages 1 and 2 as well as page 1's card.
        changed = cardKeys
        changed[0] = 99
        #expect(zip(before, keys(changed)).map { $0 != $1 } == [true, true, false, false])
    }

    /// Rebuilds after one-file edits that add, shift and remove entity pages equal clean builds.
    @Test func rebuildsOfPagedEntitiesEqualCleanBuilds() async throws {
        let scratch = try Scratch()
        try Self.writeSite(scratch)
        let site = scratch.url("site")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        // A newer briefing shifts every page by one.
        try Self.writeMeeting(scratch, 29)
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/entities/anna-kestrel/page/3/index.html").contains(">Meeting 3</a>"))
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try await IncrementalCorrectnessTests.expectEqualsCleanBuild(scratch, site: site, out: "out")
        // A title edit on a further page only.
        try Self.writeMeeting(scratch, 1, title: "Meeting one")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/entities/anna-kestrel/page/3/index.html").contains(">Meeting one</a>"))
        try await IncrementalCorrectnessTests.expectEqualsCleanBuild(scratch, site: site, out: "out")
        // Fewer briefings and quotes: the last page goes.
        for gone in ["anna", "b2", "b3", "b4"] { try FileManager.default.removeItem(at: scratch.url("site/content/\(gone).md")) }
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(!scratch.exists("out/entities/anna-kestrel/page/3/index.html"))
        #expect(scratch.exists("out/entities/anna-kestrel/page/2/index.html"))
        try await IncrementalCorrectnessTests.expectEqualsCleanBuild(scratch, site: site, out: "out")
        // `paginate` changed: the pages follow it.
        try scratch.write("site/brief.yml", "title: T\npaginate: 2\nbase_url: https://example.org/\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(!scratch.exists("out/entities/anna-kestrel/page/2/index.html"))
        try await IncrementalCorrectnessTests.expectEqualsCleanBuild(scratch, site: site, out: "out")
    }
}
