import BriefContent
import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// Decomposed Unicode (macOS file names, pasted text) gives the same slugs, tags and entities as
/// composed; a briefing's tags are one per slug; a `null` or `true` tag is an error; a title
/// taken from a `# Heading` is its plain text.
@Suite("Unicode names, tags and heading titles")
struct UnicodeAndTagsTests {
    private static func decomposed(_ text: String) -> String { text.decomposedStringWithCanonicalMapping }

    @Test func decomposedNamesGiveTheComposedSlugsTagsAndEntities() async throws {
        let site = try HostileSite()
        let erdogan = "Recep Tayyip Erdoğan"
        #expect(Array(Self.decomposed(erdogan).utf8) != Array(erdogan.utf8))
        try site.write(
            "content/\(Self.decomposed("Müller-Gespräch")).md",
            "---\ntitle: A\ndate: 2025-01-01\ntags: [\"\(Self.decomposed("Türkiye"))\"]\n---\nPresident \(Self.decomposed(erdogan)) spoke in Ankara on Monday.\n")
        try site.write("content/b.md", "---\ntitle: B\ndate: 2025-01-02\ntags: [\"Türkiye\"]\n---\nPresident \(erdogan) met Olaf Scholz in Berlin.\n")
        try site.write(
            "content/entities/erdogan.md",
            "---\nname: \(Self.decomposed(erdogan))\ntype: person\naliases: [\(Self.decomposed("Erdoğan"))]\n---\nNote.\n")
        let result = await site.build()
        #expect(result.status == 0, "\(result.err)")
        let paths = Set(try site.output().keys)
        #expect(paths.contains("briefings/muller-gesprach/index.html"))
        #expect(paths.contains("tags/turkiye/index.html"))
        #expect(!paths.contains { $0.hasPrefix("tags/t-rkiye") || $0.hasPrefix("tags/tu-rkiye") })
        #expect(paths.contains("entities/recep-tayyip-erdogan/index.html"))
        #expect(!paths.contains { $0.hasPrefix("entities/recep-tayyip-erdog-an") })
        let check = await SiteChecker(siteDirectory: site.site).check()
        #expect(!check.problems.contains { $0.message.contains("names no entity") }, "\(check.problems)")
    }

    @Test func aMarkWithNoComposedFormIsNoWordBreak() {
        #expect(Slug.make(from: "T\u{0308}rkiye") == "trkiye")
        #expect(Slug.make(from: "Tu\u{0308}rkiye") == "turkiye")
    }

    @Test func aDecomposedTitleGivesTheComposedFileName() throws {
        let site = try HostileSite()
        let path = try BriefingScaffold(siteDirectory: site.site, title: Self.decomposed("Müller trifft Wałęsa")).run()
        #expect(path == "content/muller-trifft-walesa.md")
    }

    @Test func tagsWithOneSlugAreOneTagTheFirstSpellingWins() async throws {
        let site = try HostileSite()
        try site.write(
            "content/a.md", "---\ntitle: A\ndate: 2025-01-01\ntags: [NATO, nato, \"Café\", \"\(Self.decomposed("Café"))\", Nato]\n---\nText.\n")
        #expect(await site.build().status == 0)
        let output = try site.output()
        let page = String(decoding: try #require(output["briefings/a/index.html"]), as: UTF8.self)
        #expect(page.components(separatedBy: "tags/nato/").count - 1 == 1, "\(page)")
        #expect(page.components(separatedBy: "tags/cafe/").count - 1 == 1)
        let feed = String(decoding: try #require(output["feed.xml"]), as: UTF8.self)
        #expect(feed.components(separatedBy: "<category").count - 1 == 2)
        let data = String(decoding: try #require(output["data/briefings.json"]), as: UTF8.self)
        #expect(data.contains("[\"NATO\",\"Café\"]"), "\(data)")
    }

    @Test(arguments: ["[null]", "[a, ~]", "[true]", "[a, False]", "\n  - a\n  - null"])
    func aNullOrBooleanTagIsAnErrorWithItsLine(tags: String) async throws {
        let site = try HostileSite()
        try site.write("content/a.md", "---\ntitle: A\ndate: 2025-01-01\ntags: \(tags)\n---\nText.\n")
        let result = await site.build()
        #expect(result.status == 1)
        #expect(result.err.contains { $0.hasPrefix("content/a.md:") && $0.contains("`tags` items must be text") }, "\(result.err)")
    }

    @Test func numbersAndQuotedWordsAreTags() async throws {
        let site = try HostileSite()
        try site.write("content/a.md", "---\ntitle: A\ndate: 2025-01-01\ntags: [2025, \"null\", \"true\", yes]\n---\nText.\n")
        #expect(await site.build().status == 0)
        let paths = Set(try site.output().keys)
        for slug in ["2025", "null", "true", "yes"] { #expect(paths.contains("tags/\(slug)/index.html"), "\(slug)") }
    }

    @Test func aHeadingTitleIsItsPlainText() async throws {
        let site = try HostileSite()
        try site.write("content/a.md", "---\ndate: 2025-01-01\n---\n# Putin’s *red lines* &amp; `NATO` &copy;\n\nText.\n")
        #expect(await site.build().status == 0)
        let output = try site.output()
        let page = String(decoding: try #require(output["briefings/a/index.html"]), as: UTF8.self)
        #expect(page.contains("<title>Putin’s red lines &amp; NATO ©"), "\(page)")
        #expect(!page.contains("&amp;amp;") && !page.contains("*red"))
        let data = String(decoding: try #require(output["data/briefings.json"]), as: UTF8.self)
        #expect(data.contains("\"Putin’s red lines & NATO ©\""), "\(data)")
    }
}
