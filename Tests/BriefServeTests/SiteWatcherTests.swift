import BriefTestSupport
import BriefServe
import Foundation
import Testing

@Suite("Site watcher")
struct SiteWatcherTests {
    @Test func noticesEditsAdditionsAndRemovalsInEveryWatchedPlace() throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: W\n")
        try scratch.write("site/content/a.md", "A\n")
        try scratch.write("site/templates/layout.mustache", "x")
        try scratch.write("site/static/s.txt", "s")
        try scratch.write("site/public/ignored.html", "built output is not watched")
        let site = scratch.url("site")
        let watcher = SiteWatcher(siteDirectory: site)
        let first = watcher.snapshot()
        #expect(watcher.snapshot() == first, "nothing changed, nothing reported")

        try scratch.write("site/public/ignored.html", "changed")
        #expect(watcher.snapshot() == first)

        try scratch.write("site/content/a.md", "A, edited\n")
        try scratch.write("site/content/new/b.md", "B\n")
        try FileManager.default.removeItem(at: scratch.url("site/static/s.txt"))
        try scratch.write("site/templates/layout.mustache", "y")
        try scratch.write("site/brief.yml", "title: W2\n")
        let second = watcher.snapshot()
        #expect(second != first)
        #expect(second.changes(since: first, relativeTo: site) == [
            "brief.yml", "content/a.md", "content/new/b.md", "static/s.txt", "templates/layout.mustache",
        ])
    }

    @Test func aSecondServerOnTheSamePortFailsWithAClearError() async throws {
        let served = try await ServedSite.start()
        defer { Task { await served.stop() } }
        let other = DevServer(
            options: ServeOptions(siteDirectory: served.site, port: served.probe.port, outputDirectory: served.scratch.url("other")),
            printOut: { _ in }, printError: { _ in })
        let error = await #expect(throws: ServeError.self) { _ = try await other.start() }
        await other.stop()
        // Told before any build (nothing written to its folder), in words, not Swift's dump.
        #expect(error?.description.contains("is the port in use") == true, "\(String(describing: error))")
        #expect(error?.description.contains("failed(type") == false)
        #expect(!FileManager.default.fileExists(atPath: served.scratch.url("other").path))
        #expect(try await served.probe.fetch("/").status == 200, "the first one still serves")
    }
}
