import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// `brief build` as the command runs it, without a process.
@Suite("brief build")
struct BuildRunTests {
    /// Printed lines, collected from any thread.
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func append(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    @Test func printsASummaryLine() async throws {
        let scratch = try Scratch()
        _ = try scratch.copySampleSite()
        let out = Lines(), err = Lines()
        let status = await BuildRun(
            site: "site", currentDirectory: scratch.root, printOut: out.append, printError: err.append
        ).run()
        #expect(status == 0)
        #expect(err.all.isEmpty)
        let line = try #require(out.all.first)
        #expect(line.hasPrefix("Built 7 briefings in "))
        #expect(line.hasSuffix(" s -> site/public/"))
        #expect(scratch.exists("site/public/index.html"))
    }

    @Test func quietPrintsNothing() async throws {
        let scratch = try Scratch()
        _ = try scratch.copySampleSite()
        let out = Lines()
        let status = await BuildRun(site: "site", output: "elsewhere", quiet: true, currentDirectory: scratch.root, printOut: out.append).run()
        #expect(status == 0)
        #expect(out.all.isEmpty)
        #expect(scratch.exists("elsewhere/index.html"))
    }

    @Test func contentErrorsExitOneWithEveryProblemAndKeepTheOutput() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        #expect(await BuildRun(site: "site", quiet: true, currentDirectory: scratch.root).run() == 0)
        let before = try scratch.snapshot("site/public")

        let nato = site.appendingPathComponent("content/world/rutte-hague-summit-spending.md")
        let text = try String(contentsOf: nato, encoding: .utf8)
        try text.replacingOccurrences(of: "tags: [nato, defence, netherlands]", with: "tags: 5").write(to: nato, atomically: true, encoding: .utf8)
        try scratch.write("site/content/bad.md", "---\ntitle: Bad\ndate: \"not a date\"\n---\n")

        let out = Lines(), err = Lines()
        let status = await BuildRun(site: "site", currentDirectory: scratch.root, printOut: out.append, printError: err.append).run()
        #expect(status == 1)
        #expect(out.all.isEmpty)
        #expect(err.all == [
            "content/bad.md:3: error: `date` must be a date like 2025-08-21, found \"not a date\"",
            "content/world/rutte-hague-summit-spending.md:4: error: `tags` must be a list, like [nato, ukraine], found \"5\"",
            "error: 2 problems found; nothing was written",
        ])
        #expect(try scratch.snapshot("site/public") == before)
    }

    @Test func baseURLOptionReplacesBriefYmlsForThatBuildOnly() async throws {
        let scratch = try Scratch()
        _ = try scratch.copySampleSite()
        var preview = BuildRun(site: "site", quiet: true, currentDirectory: scratch.root)
        preview.baseURL = "https://preview.example.net/pr 7/"
        #expect(await preview.run() == 0)
        let canonical = "<link rel=\"canonical\" href=\"https://preview.example.net/pr%207/briefings/lavrov-alaska-summit/\">"
        #expect(try scratch.read("site/public/briefings/lavrov-alaska-summit/index.html").contains(canonical))
        #expect(try scratch.read("site/public/feed.xml").contains("https://preview.example.net/pr%207/"))
        #expect(try !scratch.read("site/public/sitemap.xml").contains("brief.example.org"))

        // The next build without the option is not "nothing changed": brief.yml's address is back.
        #expect(await BuildRun(site: "site", quiet: true, currentDirectory: scratch.root).run() == 0)
        let page = try scratch.read("site/public/briefings/lavrov-alaska-summit/index.html")
        #expect(page.contains("href=\"https://brief.example.org/briefings/lavrov-alaska-summit/\""))
        #expect(try !scratch.read("site/public/feed.xml").contains("preview.example.net"))

        // A value that is no web address is refused before anything is touched.
        let before = try scratch.snapshot("site/public")
        let err = Lines()
        var bad = BuildRun(site: "site", quiet: true, currentDirectory: scratch.root, printError: err.append)
        bad.baseURL = "preview.example.net"
        #expect(await bad.run() == 1)
        #expect(err.all == ["error: --base-url must start with http:// or https://, found \"preview.example.net\""])
        #expect(try scratch.snapshot("site/public") == before)
    }
}
