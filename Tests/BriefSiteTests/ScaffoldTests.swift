import BriefTestSupport
import BriefContent
import Foundation
import Testing
@testable import BriefSite

@Suite("brief init and brief new")
struct ScaffoldTests {
    static let day = ISO8601DateFormatter().date(from: "2025-10-14T12:00:00Z")!

    @Test func initMakesASiteThatBuildsAndChecksClean() async throws {
        let scratch = try Scratch()
        let written = try SiteInitializer(directory: scratch.url("x"), today: Self.day).run()
        #expect(Set(written) == ["brief.yml", "content/welcome.md", ".gitignore"])
        #expect(!scratch.exists("x/templates"))
        let ignore = try scratch.read("x/.gitignore")
        #expect(ignore.contains("public/\n"))
        #expect(ignore.contains(".brief-cache/\n"))

        let report = try await SiteBuilder(siteDirectory: scratch.url("x")).build()
        #expect(report.briefingCount == 1)
        let page = try scratch.read("x/public/briefings/welcome/index.html")
        #expect(page.contains("Welcome to your briefings"))
        #expect(page.contains("href=\"../../briefings/welcome/index.html\""), "the example's link to a source file became a page link")
        #expect(try scratch.read("x/public/index.html").contains("briefings/welcome/index.html"))
        let check = await SiteChecker(siteDirectory: scratch.url("x")).check()
        #expect(check.problems.isEmpty)
    }

    @Test func initRefusesAFolderWithFilesUnlessForcedAndThenKeepsThem() throws {
        let scratch = try Scratch()
        try scratch.write("x/brief.yml", "title: Mine\n")
        #expect(throws: ScaffoldError.self) { try SiteInitializer(directory: scratch.url("x")).run() }
        #expect(!scratch.exists("x/content"))

        let written = try SiteInitializer(directory: scratch.url("x"), force: true).run()
        #expect(!written.contains("brief.yml"))
        #expect(try scratch.read("x/brief.yml") == "title: Mine\n")
        #expect(scratch.exists("x/content/welcome.md"))
    }

    @Test func newWritesADraftWithFrontMatterAndNeverOverwrites() throws {
        let scratch = try Scratch()
        try SiteInitializer(directory: scratch.url("x"), today: Self.day).run()
        let scaffold = BriefingScaffold(siteDirectory: scratch.url("x"), title: "Talks: “Peace” in Genève", folder: "world/europe", today: Self.day)
        let path = try scaffold.run()
        #expect(path == "content/world/europe/talks-peace-in-geneve.md")
        let text = try scratch.read("x/" + path)
        #expect(text.hasPrefix("---\ntitle: \"Talks: “Peace” in Genève\"\ndate: 2025-10-14\ntags: []\ndraft: true\n---\n"))
        // It is a valid briefing: the loader reads it back with its title.
        let loaded = try ContentLoader(siteDirectory: scratch.url("x"), includeDrafts: true).load()
        #expect(loaded.briefings.contains { $0.title == "Talks: “Peace” in Genève" && $0.draft })

        try scratch.write("x/" + path, "edited\n")
        #expect(throws: ScaffoldError.self) { try scaffold.run() }
        #expect(try scratch.read("x/" + path) == "edited\n")
    }

    @Test(arguments: ["../out", "a/../../b", ".hidden", "/abs", "entities"])
    func newRefusesFoldersOutsideContent(folder: String) throws {
        let scratch = try Scratch()
        try SiteInitializer(directory: scratch.url("x")).run()
        #expect(throws: ScaffoldError.self) {
            try BriefingScaffold(siteDirectory: scratch.url("x"), title: "T", folder: folder).run()
        }
    }

    @Test func newNeedsASite() throws {
        let scratch = try Scratch()
        #expect(throws: ScaffoldError.self) { try BriefingScaffold(siteDirectory: scratch.url("nothing"), title: "T").run() }
    }
}
