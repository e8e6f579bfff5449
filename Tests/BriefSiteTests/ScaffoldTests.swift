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

    /// Every name brief keeps beside an output in the site (`public/`) is ignored by the
    /// `.gitignore` of `brief init`: its build lock, a killed build's temp and old trees, and
    /// the spare tree kept there when the cache is on another file system.
    @Test func initsGitignoreCoversWhatBriefKeepsBesideTheOutput() throws {
        let scratch = try Scratch()
        _ = try SiteInitializer(directory: scratch.url("x"), today: Self.day).run()
        let patterns = try scratch.read("x/.gitignore").split(separator: "\n").filter { !$0.hasPrefix("#") }
        let output = AtomicOutput(destination: scratch.url("x/public"))
        let folders = [output.spareBeside.lastPathComponent, output.tempPrefix + "k2x9", output.oldPrefix + "k2x9"]
        for name in folders {
            let ignored = patterns.contains { pattern in pattern.hasSuffix("/") && fnmatch(String(pattern.dropLast()), name, 0) == 0 }
            #expect(ignored, "\(name)/ is not ignored")
        }
        #expect(patterns.contains { fnmatch(String($0), ".public.brief-lock", 0) == 0 })
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

    @Test(arguments: ["../out", "a/../../b", ".hidden", "/abs", "/", "entities"])
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

    @Test(arguments: ["ext", "ext/sub", "world/ext"])
    func newRefusesAFolderReachedThroughASymbolicLink(folder: String) throws {
        let scratch = try Scratch()
        try SiteInitializer(directory: scratch.url("x")).run()
        try FileManager.default.createDirectory(at: scratch.url("outside"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: scratch.url("x/content/world"), withIntermediateDirectories: true)
        let linkFolder = folder.hasPrefix("world/") ? "x/content/world/ext" : "x/content/ext"
        try FileManager.default.createSymbolicLink(at: scratch.url(linkFolder), withDestinationURL: scratch.url("outside"))
        do {
            try BriefingScaffold(siteDirectory: scratch.url("x"), title: "Escapee", folder: folder).run()
            Issue.record("wrote through the link")
        } catch {
            let shown = linkFolder.dropFirst(2)
            #expect(error.description == "\(shown) is a symbolic link; brief does not follow links under content/ (the build would refuse it): use a real folder")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url("outside").path).isEmpty, "nothing written outside the site")
    }

    @Test func newRefusesToWriteThroughALinkAtTheFileItself() throws {
        let scratch = try Scratch()
        try SiteInitializer(directory: scratch.url("x")).run()
        // A link to nothing yet: writing the file would create it outside the site.
        try FileManager.default.createSymbolicLink(atPath: scratch.url("x/content/escapee.md").path, withDestinationPath: scratch.url("outside.md").path)
        #expect(throws: ScaffoldError.self) { try BriefingScaffold(siteDirectory: scratch.url("x"), title: "Escapee").run() }
        #expect(!scratch.exists("outside.md"))
    }

    @Test func newRefusesAFolderThatIsAFile() throws {
        let scratch = try Scratch()
        try SiteInitializer(directory: scratch.url("x")).run()
        try scratch.write("x/content/notes", "a file\n")
        #expect(throws: ScaffoldError.self) { try BriefingScaffold(siteDirectory: scratch.url("x"), title: "T", folder: "notes/sub").run() }
    }

    /// A title in letters brief cannot spell in ASCII gets a hashed slug: the briefing is written,
    /// built under that folder, linked to, and a note named in such letters gets its page.
    @Test func nonLatinTitlesNotesAndTagsBuildIntoPagesInsideTheSite() async throws {
        let scratch = try Scratch()
        try SiteInitializer(directory: scratch.url("x"), today: Self.day).run()
        let path = try BriefingScaffold(siteDirectory: scratch.url("x"), title: "日本語のみ", today: Self.day).run()
        let slug = Slug.make(from: "日本語のみ")
        #expect(path == "content/\(slug).md")
        try scratch.write("x/" + path, """
            ---
            title: 日本語のみ
            date: 2025-10-14
            tags: [中国, 外交]
            ---
            习近平 met Joe Biden in Lima. See [the welcome](welcome.md).

            """)
        try scratch.write("x/content/东京新闻.md", "---\ntitle: 东京新闻\ndate: 2025-10-13\n---\nSee [the other](\(slug).md).\n")
        try scratch.write("x/content/entities/xi.md", "---\nname: 习近平\ntype: person\n---\nPresident of China.\n")
        let report = try await SiteBuilder(siteDirectory: scratch.url("x")).build()
        #expect(report.briefingCount == 3)
        let page = try scratch.read("x/public/briefings/\(slug)/index.html")
        #expect(page.contains("<title>日本語のみ"))
        let xi = Slug.make(from: "习近平")
        #expect(page.contains("href=\"../../entities/\(xi)/index.html\">习近平</a>"))
        #expect(try scratch.read("x/public/entities/\(xi)/index.html").contains("President of China."))
        for tag in ["中国", "外交"] {
            #expect(scratch.exists("x/public/tags/\(Slug.make(from: tag))/index.html"), "tag \(tag)")
        }
        #expect(Slug.make(from: "中国") != Slug.make(from: "外交"), "two such tags no longer share one page")
        let other = try scratch.read("x/public/briefings/\(Slug.make(from: "东京新闻"))/index.html")
        #expect(other.contains("href=\"../../briefings/\(slug)/index.html\""))
        // Every file written is under public/ with an ASCII path.
        for file in try scratch.snapshot("x/public").keys {
            #expect(file.utf8.allSatisfy { $0 < 0x80 } && !file.contains(".."), "\(file)")
        }
        let check = await SiteChecker(siteDirectory: scratch.url("x")).check()
        #expect(check.problems.isEmpty, "\(check.problems)")
    }
}
