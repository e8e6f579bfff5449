import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// A relative link into the site's static/ folder (`../../static/img/map.png`) leads to the
/// file's place in the output (static/ is published at the site root), from briefings and
/// entity notes alike; `brief check` reports one to no file of static/.
@Suite("Links to static files")
struct StaticFileLinksTests {
    let resolver = LinkResolver(briefings: [])

    @Test(arguments: [
        ("../../static/img/map.png", LinkResolver.Target.staticFile(path: "img/map.png", suffix: "")),
        ("../../static/img/map.png?v=2#top", .staticFile(path: "img/map.png", suffix: "?v=2#top")),
        ("../.././static/x/../files/a%20b.pdf", .staticFile(path: "files/a b.pdf", suffix: "")),
        ("../../static/docs/", .staticFile(path: "docs/", suffix: "")),
        ("../../static/notes.md#p", .staticFile(path: "notes.md", suffix: "#p")),
        // static/ itself: its files are the output root's, so it stands for the root.
        ("../../static/", .staticFile(path: "", suffix: "")),
        ("../../static", .staticFile(path: "", suffix: "")),
        ("../../static/.?v=1#top", .staticFile(path: "", suffix: "?v=1#top")),
        ("../../static/img/..", .staticFile(path: "", suffix: "")),
        // Not into the site's static/: a folder of content/ of that name, the site root.
        ("../static/img/map.png", .other),
        ("static/img/map.png", .other),
        ("../static/", .other),
        ("/static/img/map.png", .other),
        ("https://example.org/static/map.png", .other),
    ])
    func linksIntoStaticResolveToTheFileThere(destination: String, expected: LinkResolver.Target) {
        #expect(resolver.target(of: destination, from: "content/world/a.md") == expected)
    }

    @Test func hrefsLeadFromThePageToTheFileAtTheSiteRoot() {
        #expect(resolver.href(for: .staticFile(path: "img/map.png", suffix: "#k"), fromPage: "briefings/a/index.html") == "../../img/map.png#k")
        #expect(resolver.href(for: .staticFile(path: "files/a b?.pdf", suffix: ""), fromPage: "index.html") == "files/a%20b%3F.pdf")
        #expect(resolver.href(for: .staticFile(path: "docs/", suffix: ""), fromPage: "entities/x/index.html") == "../../docs/")
        // static/ itself: the root, never an empty link (the page itself) from a page at the root.
        #expect(resolver.href(for: .staticFile(path: "", suffix: ""), fromPage: "briefings/a/index.html") == "../../")
        #expect(resolver.href(for: .staticFile(path: "", suffix: "#top"), fromPage: "entities/x/index.html") == "../../#top")
        #expect(resolver.href(for: .staticFile(path: "", suffix: ""), fromPage: "index.html") == "./")
        #expect(resolver.href(for: .staticFile(path: "", suffix: "?v=1"), fromPage: "index.html") == "./?v=1")
    }

    @Test func whatIsInStaticIsKnownForCheck() {
        let withStatic = LinkResolver(briefings: [], staticFiles: ["img/map.png", "docs/guide.txt"])
        #expect(withStatic.hasStatic("img/map.png"))
        #expect(withStatic.hasStatic("docs/"))
        #expect(withStatic.hasStatic("docs"))
        #expect(!withStatic.hasStatic("img/map"))
        #expect(!withStatic.hasStatic("im/"))
        #expect(!withStatic.hasStatic("missing.png"))
        // static/ itself is the output root, which every build writes.
        #expect(withStatic.hasStatic(""))
        #expect(LinkResolver(briefings: []).hasStatic(""))
    }

    /// A link into static/ is written as its own path, so it leads to a file only where a file
    /// has its very bytes: one whose name is the same text in another Unicode normal form
    /// (`café.png` decomposed, from macOS, linked as typed, composed) is another name on the
    /// host. By `String` (canonical equivalence) check said the link led somewhere.
    @Test func whatIsInStaticIsKnownByItsBytes() {
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        let withStatic = LinkResolver(briefings: [], staticFiles: ["\(decomposed).png", "\(decomposed)/map.png", "notes-\(decomposed).txt"])
        #expect(withStatic.hasStatic("\(decomposed).png"))
        #expect(!withStatic.hasStatic("\(composed).png"))
        #expect(withStatic.hasStatic("\(decomposed)/") && withStatic.hasStatic(decomposed))
        #expect(!withStatic.hasStatic("\(composed)/") && !withStatic.hasStatic(composed))
        // From the site root, a link with a briefing's extension is a static file's only by bytes.
        #expect(withStatic.target(of: "/notes-\(decomposed).txt", from: "content/a.md") == .other)
        #expect(withStatic.target(of: "/notes-\(composed).txt", from: "content/a.md") == .missingBriefing(path: "content/notes-\(composed).txt", isDraft: false))
    }

    /// A link to static/ itself, in a briefing and in a note, leads to the output root (where
    /// static/'s files are published), and check, like the build, finds it leads somewhere.
    @Test func aLinkToStaticItselfLeadsToTheSiteRoot() async throws {
        let scratch = try Self.site()
        try scratch.write("site/content/world/b.md", """
            ---
            title: B
            date: 2025-01-03
            ---
            See [the files](../../static/) and [them again](../../static#top).

            """)
        try scratch.write("site/content/entities/kyiv.md", "---\nname: Kyiv\ntype: place\n---\nSee [the files](../../static/).\n")
        let output = scratch.url("out")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: output).build()
        let page = try scratch.read("out/briefings/b/index.html")
        #expect(page.contains("href=\"../../\">the files</a>"), "\(page)")
        #expect(page.contains("href=\"../../#top\">them again</a>"), "\(page)")
        #expect(!page.contains("static"), "\(page)")
        let note = try scratch.read("out/entities/kyiv/index.html")
        #expect(note.contains("href=\"../../\">the files</a>"), "\(note)")
        let check = await SiteChecker(siteDirectory: scratch.url("site")).check()
        #expect(!check.problems.contains { $0.message.contains("static") }, "\(check.problems.map(\.description))")
    }

    static func site() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: Static\n")
        try scratch.write("site/static/img/map of kyiv.png", "png")
        try scratch.write("site/static/files/report.txt", "numbers")
        try scratch.write("site/content/world/a.md", """
            ---
            title: A
            date: 2025-01-02
            ---
            Friedrich Merz spoke in Kyiv on Monday. See [the map](../../static/img/map%20of%20kyiv.png#north), \
            [the report](../../static/files/report.txt?v=2) and ![a map](../../static/img/map%20of%20kyiv.png).

            """)
        try scratch.write("site/content/entities/merz.md", """
            ---
            name: Friedrich Merz
            type: person
            ---
            See [the map](../../static/img/map%20of%20kyiv.png) and ![a map](../../static/files/report.txt).

            """)
        return scratch
    }

    /// The links the page at `page` (output-relative) has to `fileNames`, resolved from the page's
    /// folder as a browser would: each must name a file of the output.
    static func expectLinksWork(in output: URL, page: String, count: Int) throws {
        let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
        #expect(!html.contains("static/"), "a link still names static/: \(html)")
        let base = URL(string: "https://example.org/" + page)!
        var found = 0
        for marker in ["href=\"", "src=\""] {
            for piece in html.components(separatedBy: marker).dropFirst() {
                let value = String(piece.prefix { $0 != "\"" })
                guard value.contains("map%20of%20kyiv") || value.contains("report.txt") else { continue }
                let resolved = try #require(URL(string: value, relativeTo: base)?.absoluteURL.path)
                #expect(FileManager.default.fileExists(atPath: output.path + resolved), "\(value) on \(page) leads to no file")
                found += 1
            }
        }
        #expect(found == count, "\(page): \(found) links to static files")
    }

    @Test func theBuildWritesTheFilesPlaceAtTheSiteRootInBriefingsAndNotes() async throws {
        let scratch = try Self.site()
        let output = scratch.url("out")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: output).build()
        let page = try scratch.read("out/briefings/a/index.html")
        #expect(page.contains("href=\"../../img/map%20of%20kyiv.png#north\""), "\(page)")
        #expect(page.contains("href=\"../../files/report.txt?v=2\""))
        try Self.expectLinksWork(in: output, page: "briefings/a/index.html", count: 3)
        try Self.expectLinksWork(in: output, page: "entities/friedrich-merz/index.html", count: 2)
        // And brief check finds nothing wrong with them.
        let check = await SiteChecker(siteDirectory: scratch.url("site")).check()
        #expect(!check.problems.contains { $0.message.contains("static") }, "\(check.problems.map(\.description))")
    }

    /// What the build would make a link to no file of static/ is reported by check, in a
    /// briefing and in a note; a folder of static/ is somewhere to link to.
    @Test func checkReportsLinksIntoStaticThatLeadNowhere() async throws {
        let scratch = try Self.site()
        try scratch.write("site/content/world/b.md", """
            ---
            title: B
            ---
            See [old](../../static/img/old.png) and [files](../../static/files/) and [no](../../static/nope/).

            """)
        try scratch.write("site/content/entities/kyiv.md", "---\nname: Kyiv\ntype: place\n---\nSee ![gone](../../static/gone.png).\n")
        let check = await SiteChecker(siteDirectory: scratch.url("site")).check()
        let lines = check.problems.map(\.description).filter { $0.contains("static") }.sorted()
        #expect(lines == [
            "content/entities/kyiv.md:5: error: link to `../../static/gone.png` leads nowhere: there is no file static/gone.png",
            "content/world/b.md:4: error: link to `../../static/img/old.png` leads nowhere: there is no file static/img/old.png",
            "content/world/b.md:4: error: link to `../../static/nope/` leads nowhere: static/ has no folder nope/",
        ], "\(lines)")
    }
}
