import BriefTestSupport
import BriefServe
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

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

    /// Two files whose names differ only in Unicode normalization (`café.md` composed and
    /// decomposed) are two briefings on Linux: an edit of either is a change, said by its own
    /// name. Keyed by `String` (whose `==` is canonical equivalence), the two had one stamp, the
    /// last one listed, and an edit of the other went unnoticed.
    @Test func twoNamesThatDifferOnlyInNormalizationAreWatchedApart() throws {
        let composed = "site/content/caf\u{E9}.md", decomposed = "site/content/cafe\u{301}.md"
        for edited in [composed, decomposed] {
            let scratch = try Scratch()
            try scratch.write("site/brief.yml", "title: W\n")
            try scratch.write(composed, "Composed.\n")
            try scratch.write(decomposed, "Decomposed.\n")
            let site = scratch.url("site")
            let watcher = SiteWatcher(siteDirectory: site)
            let first = watcher.snapshot()
            #expect(first.count == 4, "brief.yml, content/ and its two files")
            try scratch.write(edited, "Edited, longer than before.\n")
            let second = watcher.snapshot()
            #expect(second != first, "\(edited.unicodeScalars.count)")
            let changes = second.changes(since: first, relativeTo: site)
            #expect(changes.count == 1 && changes.first.map { $0.utf8.elementsEqual(edited.dropFirst(5).utf8) } == true, "\(changes)")
        }
    }

    /// A folder locked (or unlocked) is a change, even an empty one: the build stops on a folder it
    /// cannot open, so `brief serve` must rebuild to say so.
    @Test func noticesAFolderLockedOrUnlocked() throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: W\n")
        try FileManager.default.createDirectory(at: scratch.url("site/static/empty"), withIntermediateDirectories: true)
        let site = scratch.url("site")
        let watcher = SiteWatcher(siteDirectory: site)
        let first = watcher.snapshot()
        #expect(chmod(scratch.url("site/static/empty").path, 0o644) == 0)
        let locked = watcher.snapshot()
        #expect(locked.changes(since: first, relativeTo: site) == ["static/empty"])
        #expect(chmod(scratch.url("site/static/empty").path, 0o755) == 0)
        #expect(watcher.snapshot().changes(since: locked, relativeTo: site) == ["static/empty"])
    }

    /// An edit on a file system mounted inside static/ is a change, as the build reads it
    /// (Foundation's enumerator did not go into a mount point).
    @Test(.enabled(if: Mounting.canMount, "needs a process that may mount a tmpfs"))
    func noticesAnEditOnAMountedFolder() throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: W\n")
        let point = scratch.url("site/static/mounted")
        try FileManager.default.createDirectory(at: point, withIntermediateDirectories: true)
        try #require(mount("tmpfs", point.path, "tmpfs", 0, nil) == 0)
        defer { umount2(point.path, Int32(MNT_DETACH)) }
        try scratch.write("site/static/mounted/deep/a.txt", "a")
        let site = scratch.url("site")
        let watcher = SiteWatcher(siteDirectory: site)
        let first = watcher.snapshot()
        try scratch.write("site/static/mounted/deep/a.txt", "a, edited")
        #expect(watcher.snapshot().changes(since: first, relativeTo: site) == ["static/mounted/deep/a.txt"])
    }

    @Test func aSecondServerOnTheSamePortFailsWithAClearError() async throws {
        let served = try await ServedSite.start()
        defer { Task { await served.stop() } }
        let other = DevServer(
            options: ServeOptions(siteDirectory: served.site, port: served.probe.port, outputDirectory: served.scratch.url("other")),
            printOut: { _ in }, printError: { _ in })
        await #expect(throws: ServeError.self) { _ = try await other.start() }
        await other.stop()
        #expect(try await served.probe.fetch("/").status == 200, "the first one still serves")
    }
}
