import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// `brief check` refuses a static file at any path the build writes, as the build does.
@Suite("Check: static files over generated ones")
struct CheckGeneratedPathsTests {
    /// A site with a tag, an entity note, a quote and a `base_url`: every kind of page.
    private func site() throws -> HostileSite {
        let site = try HostileSite(config: "title: Paths\nbase_url: https://example.org/\n")
        try site.write("content/entities/kyiv.md", "---\nname: Kyiv\ntype: place\n---\nThe capital.\n")
        try site.write(
            "content/talks.md",
            "---\ntitle: Talks\ndate: 2025-01-01\ntags: [NATO]\n---\nAngela Merkel met Emmanuel Macron in Kyiv on Monday.\n\n“We will go on,” said Angela Merkel.\n")
        return site
    }

    @Test func everyFileOfABuiltSiteIsAGeneratedPathForCheck() async throws {
        let built = try site()
        let build = await built.build()
        #expect(build.status == 0, "\(build.err)")
        let outputPaths = try built.output().keys.filter { !$0.contains("/page/") }
        #expect(outputPaths.contains("entities/kyiv/index.html"))
        #expect(outputPaths.contains("tags/nato/index.html"))
        #expect(outputPaths.contains("sitemap.xml"))

        // The same site with a static file at each of those paths: check names every one.
        let checked = try site()
        for path in outputPaths { try checked.write("static/\(path)", "mine") }
        let result = await SiteChecker(siteDirectory: checked.site).check()
        let named = Set(result.problems.filter { $0.severity == .error && $0.message.hasPrefix("would replace the generated") }.map(\.path))
        let expected = Set(outputPaths.filter { !SitePages.replaceableByStatic.contains($0) }.map { "static/\($0)" })
        #expect(named == expected, "missed: \(expected.subtracting(named).sorted()), extra: \(named.subtracting(expected).sorted())")
        #expect(await checked.build().status == 1)
    }

    @Test func aStaticFileBesideGeneratedOnesIsFine() async throws {
        let checked = try site()
        try checked.write("static/tags/nato/photo.jpg", "mine")
        try checked.write("static/data/extra.json", "{}")
        try checked.write("static/robots.txt", "User-agent: *\n")
        let result = await SiteChecker(siteDirectory: checked.site).check()
        #expect(!result.problems.contains { $0.message.hasPrefix("would replace") }, "\(result.problems)")
    }
}
