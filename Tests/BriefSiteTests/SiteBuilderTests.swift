import BriefTestSupport
import BriefContent
import Foundation
import Testing
@testable import BriefSite

@Suite("Site builder")
struct SiteBuilderTests {
    static let seedSlug = "lavrov-alaska-summit"

    @Test func buildsTheSampleSite() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        let report = try await SiteBuilder(siteDirectory: site, outputDirectory: scratch.url("out")).build()
        #expect(report.briefingCount >= 6)

        let seed = try scratch.read("out/briefings/\(Self.seedSlug)/index.html")
        #expect(seed.contains("<h1 class=\"briefing-title\">Lavrov accuses European Leaders of Undermining Progress made at Alaska Summit</h1>"))
        // Entity links and quote markup are woven into the paragraphs; the text stays as written.
        let seedText = HTMLTags.text(of: seed)
        #expect(seedText.contains("Russian Foreign Minister Sergei Lavrov has accused European leaders of trying to undermine progress"))
        #expect(seedText.contains("Putin questioned Zelensky’s legitimacy due to the postponement of elections in Ukraine due to the war."))
        #expect(seed.contains("<a class=\"entity entity-person\" href=\"../../entities/sergei-lavrov/index.html\">Sergei Lavrov</a>"))
        #expect(seed.contains("href=\"../../assets/brief.css\""))
        #expect(seed.contains("href=\"../../index.html\""))
        #expect(seed.contains("<link rel=\"canonical\" href=\"https://brief.example.org/briefings/\(Self.seedSlug)/\">"))
        #expect(!seed.contains("<time"), "a raw article has no date")
        #expect(seed.contains("<span class=\"source\">Reuters</span>"), "the credit line names the source")

        let index = try scratch.read("out/index.html")
        #expect(index.contains("href=\"briefings/\(Self.seedSlug)/index.html\""))
        #expect(index.contains("href=\"assets/brief.css\""))
        #expect(!index.contains("ECB Holds Rates"), "drafts stay out")
        #expect(scratch.exists("out/assets/brief.css"))
        // Every briefing linked from the index exists, through its relative link.
        for link in Self.links(in: index) where link.hasPrefix("briefings/") {
            #expect(scratch.exists("out/" + link), "\(link) is linked but missing")
        }
    }

    @Test func theIndexIsLatestFirstWithDateSummaryAndSource() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/old.md", "---\ntitle: Old news\ndate: 2025-01-02\nsource: Reuters\nsummary: The old one.\n---\nBody.\n")
        try scratch.write("site/content/new.md", "---\ntitle: New news\ndate: 2026-03-04\n---\nFirst paragraph here.\n\nSecond.\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let index = try scratch.read("out/index.html")
        let newer = try #require(index.range(of: "New news"))
        let older = try #require(index.range(of: "Old news"))
        #expect(newer.lowerBound < older.lowerBound)
        #expect(index.contains("<time datetime=\"2025-01-02\">2 January 2025</time>"))
        #expect(index.contains("<span class=\"source\">Reuters</span>"))
        #expect(index.contains("<p class=\"summary\">The old one.</p>"))
        #expect(index.contains("<p class=\"summary\">First paragraph here.</p>"))
        #expect(!index.contains("rel=\"canonical\""), "no base_url, no canonical link")
    }

    @Test func contentIsEscapedInPages() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: \"Brief <b>&</b>\"\n")
        try scratch.write("site/content/x.md", """
            ---
            title: "<script>alert('t')</script> & more"
            tags: ["<i>tag</i>"]
            source: "\\"><img src=x>"
            url: "https://example.org/?a=1&b=\\"2\\""
            ---
            Text with <span onclick="x()">raw HTML</span>.
            """)
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let page = try scratch.read("out/briefings/x/index.html")
        #expect(!page.contains("<script>"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<i>tag"))
        #expect(!page.contains("<span onclick"))
        #expect(page.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; more"))
        // Raw HTML is neutralised by the Markdown wrapper (shown escaped or omitted), never live.
        #expect(HTMLTags.text(of: page).contains("raw HTML"))
        // Quotation marks a URL may not hold are percent-encoded (`WebAddress`), `&` escaped for HTML.
        #expect(page.contains("href=\"https://example.org/?a=1&amp;b=%222%22\""))
        #expect(page.contains("<title>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; more · Brief &lt;b&gt;&amp;&lt;/b&gt;</title>"))
        let index = try scratch.read("out/index.html")
        #expect(!index.contains("<script>"))
        #expect(!index.contains("<b>&</b>"))
    }

    @Test func rawHTMLPassesOnlyWithUnsafeHTML() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\nunsafe_html: true\n")
        try scratch.write("site/content/x.md", "---\ntitle: X\n---\n<aside class=\"note\">Kept</aside>\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        #expect(try scratch.read("out/briefings/x/index.html").contains("<aside class=\"note\">Kept</aside>"))
    }

    @Test func draftsAreBuiltWhenAskedFor() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        _ = try await SiteBuilder(siteDirectory: site, outputDirectory: scratch.url("out"), includeDrafts: true).build()
        #expect(try scratch.read("out/index.html").contains("ECB Holds Rates"))
    }

    @Test func theIndexIsPaginated() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\npaginate: 2\n")
        for day in 1...5 {
            try scratch.write("site/content/d\(day).md", "---\ntitle: Day \(day)\ndate: 2025-05-0\(day)\n---\nText.\n")
        }
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let first = try scratch.read("out/index.html")
        let second = try scratch.read("out/page/2/index.html")
        let third = try scratch.read("out/page/3/index.html")
        #expect(first.contains("Day 5") && first.contains("Day 4") && !first.contains("Day 3"))
        #expect(first.contains("href=\"page/2/index.html\""))
        #expect(second.contains("href=\"../../index.html\"") && second.contains("href=\"../../page/3/index.html\""))
        #expect(second.contains("href=\"../../briefings/d3/index.html\""))
        #expect(third.contains("Day 1") && third.contains("Page 3 of 3"))
        #expect(!scratch.exists("out/page/4/index.html"))
    }

    @Test func staticFilesAreCopiedAndMayNotReplacePages() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/static/robots.txt", "User-agent: *\n")
        try scratch.write("site/static/img/logo.svg", "<svg/>")
        try scratch.write("site/static/.well-known/security.txt", "Contact: desk@example.org\n")
        try scratch.write("site/static/.DS_Store", "junk")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        #expect(try scratch.read("out/robots.txt") == "User-agent: *\n")
        #expect(try scratch.read("out/img/logo.svg") == "<svg/>")
        #expect(scratch.exists("out/.well-known/security.txt"))
        #expect(!scratch.exists("out/.DS_Store"))

        try scratch.write("site/static/index.html", "mine")
        await #expect(throws: ContentErrors.self) {
            _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        }
        #expect(try scratch.read("out/index.html") != "mine")
    }

    @Test func aSiteWithoutTemplatesOrContentBuilds() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: Empty\n")
        let report = try await SiteBuilder(siteDirectory: scratch.url("site")).build()
        #expect(report.briefingCount == 0)
        #expect(try scratch.read("site/public/index.html").contains("No briefings yet"))
    }

    @Test func aSiteTemplateChangesThePages() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", "---\ntitle: A\n---\nText.\n")
        try scratch.write("site/templates/footer.mustache", "<footer class=\"custom\">{{site.title}} custom</footer>\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        #expect(try scratch.read("out/briefings/a/index.html").contains("<footer class=\"custom\">T custom</footer>"))
        #expect(try scratch.read("out/index.html").contains("<footer class=\"custom\">T custom</footer>"))
    }

    @Test func theOutputMayNotReplaceTheSite() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        for output in ["site", "", "site/content"] {
            await #expect(throws: BuildError.self) {
                _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url(output)).build()
            }
        }
        #expect(scratch.exists("site/brief.yml"))
    }

    static func links(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }
}
