import BriefTestSupport
import BriefContent
import Foundation
import Testing
@testable import BriefSite

@Suite("Link resolver")
struct LinkResolverTests {
    static let briefings = [
        Briefing(path: "content/world/nato-summit.md", format: .markdown, slug: "nato-hague", title: "NATO", markdown: ""),
        Briefing(path: "content/europe/steel.md", format: .markdown, slug: "steel", title: "Steel", markdown: ""),
        Briefing(path: "content/lavrov.txt", format: .rawArticle, slug: "lavrov", title: "Lavrov", markdown: ""),
    ]
    static let draft = Briefing(path: "content/drafts/ecb.md", format: .markdown, slug: "ecb", title: "ECB", draft: true, markdown: "")
    let resolver = LinkResolver(briefings: briefings, leftOutDrafts: [draft])

    @Test(arguments: [
        ("../world/nato-summit.md", LinkResolver.Target.briefing(slug: "nato-hague", fragment: nil)),
        ("../world/nato-summit.md#reactions", .briefing(slug: "nato-hague", fragment: "reactions")),
        ("./steel.md", .briefing(slug: "steel", fragment: nil)),
        ("steel.md", .briefing(slug: "steel", fragment: nil)),
        ("/world/nato-summit.md", .briefing(slug: "nato-hague", fragment: nil)),
        ("../lavrov.txt", .briefing(slug: "lavrov", fragment: nil)),
        ("../world/missing.md", .missingBriefing(path: "content/world/missing.md", isDraft: false)),
        ("../drafts/ecb.md", .missingBriefing(path: "content/drafts/ecb.md", isDraft: true)),
        ("../../../../etc/x.md", .missingBriefing(path: "../../../../etc/x.md", isDraft: false)),
        ("entity:sergei-lavrov", .entity(id: "sergei-lavrov")),
        ("ENTITY:/nato/", .entity(id: "nato")),
        ("entity:", .emptyEntity),
        ("https://example.org/a.md", .other),
        ("mailto:desk@example.org", .other),
        ("#top", .other),
        ("//cdn.example.org/x.md", .other),
        ("../images/map.png", .other),
        ("", .other),
    ])
    func destinationsResolveFromTheLinkingFile(destination: String, expected: LinkResolver.Target) {
        #expect(resolver.target(of: destination, from: "content/europe/steel.md") == expected)
    }

    @Test func linksToStaticFilesAreNoBriefingLinks() {
        let withStatic = LinkResolver(briefings: Self.briefings, staticFiles: ["files/report.txt", "notes.md"])
        let from = "content/europe/steel.md"
        #expect(withStatic.target(of: "/files/report.txt", from: from) == .other)
        #expect(withStatic.target(of: "../../static/files/report.txt", from: from) == .staticFile(path: "files/report.txt", suffix: ""))
        #expect(withStatic.target(of: "/files/./report.txt#p2", from: from) == .other)
        #expect(withStatic.target(of: "../../static/notes.md", from: from) == .staticFile(path: "notes.md", suffix: ""))
        // Not static files: a relative path into content/, a missing file, and a briefing first.
        #expect(withStatic.target(of: "files/report.txt", from: from) == .missingBriefing(path: "content/europe/files/report.txt", isDraft: false))
        #expect(withStatic.target(of: "/files/other.txt", from: from) == .missingBriefing(path: "content/files/other.txt", isDraft: false))
        #expect(withStatic.target(of: "/lavrov.txt", from: from) == .briefing(slug: "lavrov", fragment: nil))
        #expect(resolver.target(of: "/files/report.txt", from: from) == .missingBriefing(path: "content/files/report.txt", isDraft: false))
    }

    @Test func hrefsAreRelativeToThePage() {
        let page = "briefings/steel/index.html"
        #expect(resolver.href(for: .briefing(slug: "nato-hague", fragment: "x"), fromPage: page) == "../../briefings/nato-hague/index.html#x")
        #expect(resolver.href(for: .entity(id: "sergei-lavrov"), fromPage: page) == "../../entities/sergei-lavrov/index.html")
        #expect(resolver.href(for: .entity(id: "a b"), fromPage: "index.html") == "entities/a%20b/index.html")
        #expect(resolver.href(for: .missingBriefing(path: "content/x.md", isDraft: false), fromPage: page) == nil)
        #expect(resolver.href(for: .other, fromPage: page) == nil)
    }

    @Test func theBuildWritesPageLinksForSourceLinks() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: Links\n")
        try scratch.write("site/content/world/nato-summit.md", """
            ---
            title: NATO
            slug: nato-hague
            ---
            Russian Foreign Minister Sergei Lavrov met Secretary of State Marco Rubio in Washington on Monday.
            """)
        try scratch.write("site/content/europe/steel.md", """
            ---
            title: Steel
            ---
            See [NATO](../world/nato-summit.md#spending), [Lavrov](entity:sergei-lavrov), \
            [gone](missing.md) and [web](https://example.org/x.md).
            """)
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let page = try scratch.read("out/briefings/steel/index.html")
        #expect(page.contains("<a href=\"../../briefings/nato-hague/index.html#spending\">NATO</a>"))
        #expect(page.contains("<a href=\"../../entities/sergei-lavrov/index.html\">Lavrov</a>"))
        #expect(page.contains("<a href=\"missing.md\">gone</a>"), "a broken link stays as written; brief check reports it")
        #expect(page.contains("<a href=\"https://example.org/x.md\">web</a>"))
        #expect(scratch.exists("out/briefings/nato-hague/index.html"))
    }
}
