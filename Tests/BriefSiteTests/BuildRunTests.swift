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
}
