import BriefContent
import BriefTestSupport
import Foundation
import Testing
@testable import BriefServe
#if canImport(Glibc)
import Glibc
#endif

/// `brief serve` takes a new snapshot of the sources only once the watch of the folders it read
/// saw a change (Linux, inotify): nothing is walked while nothing changes, and every change the
/// build would read is seen.
@Suite("Watched sources between builds")
struct WatchedSourcesTests {
    static let canWatch = FolderWatch(root: NSTemporaryDirectory(), rootNames: []) != nil

    static func site() throws -> (Scratch, SiteWatcher) {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: W\n")
        try scratch.write("site/content/2025/a.md", "A\n")
        try scratch.write("site/templates/layout.mustache", "x")
        try scratch.write("site/static/img/s.txt", "s")
        return (scratch, SiteWatcher(siteDirectory: scratch.url("site")))
    }

    @Test(.enabled(if: canWatch, "needs inotify on a local file system"), arguments: [
        "site/content/2025/a.md", "site/content/2025/new.md", "site/content/2026/b.md", "site/templates/layout.mustache",
        "site/static/img/s.txt", "site/brief.yml",
    ])
    func aWriteAnywhereTheBuildReadsIsSeen(_ path: String) throws {
        let (scratch, watcher) = try Self.site()
        var sources = WatchedSources(watcher)
        #expect(sources.isWatched)
        #expect(!sources.mayHaveChanged(), "nothing changed yet")
        try scratch.write(path, "Changed.\n")
        #expect(sources.mayHaveChanged())
        let before = sources.seen
        sources.refresh()
        #expect(sources.seen != before)
        // The new watch starts from the new snapshot.
        #expect(!sources.mayHaveChanged())
    }

    /// What the build does not read raises nothing: the output, the cache and editors' files in
    /// the site folder; nor does reading the sources (as the build does).
    @Test(.enabled(if: canWatch, "needs inotify on a local file system"))
    func readsAndFilesOutsideTheSourcesAreNoChange() throws {
        let (scratch, watcher) = try Self.site()
        let sources = WatchedSources(watcher)
        try scratch.write("site/public/index.html", "built")
        try scratch.write("site/.brief-cache/rows.bin", "cache")
        try scratch.write("site/.brief.yml.swp", "editor")
        _ = try scratch.read("site/content/2025/a.md")
        _ = try FileManager.default.contentsOfDirectory(atPath: scratch.url("site/static/img").path)
        #expect(!sources.mayHaveChanged())
        // A folder locked is one (the build stops on it).
        #expect(chmod(scratch.url("site/static/img").path, 0o644) == 0)
        #expect(sources.mayHaveChanged())
        #expect(chmod(scratch.url("site/static/img").path, 0o755) == 0)
    }

    /// A file of two hard links, or a brief.yml that is a link or has two names, can be written
    /// through a folder that is not watched: such a site is snapshot at every poll, as without
    /// a watch, and no watch is set up again for the next `pollsWithoutWatch` polls.
    @Test(.enabled(if: canWatch, "needs inotify on a local file system"), arguments: ["hard link", "linked brief.yml", "brief.yml of two names"])
    func filesWrittenElsewhereMakeEveryPollASnapshot(_ kind: String) throws {
        let (scratch, watcher) = try Self.site()
        switch kind {
        case "hard link": #expect(link(scratch.url("site/content/2025/a.md").path, scratch.url("elsewhere.md").path) == 0)
        case "linked brief.yml":
            try scratch.write("shared.yml", "title: Shared\n")
            try FileManager.default.removeItem(at: scratch.url("site/brief.yml"))
            #expect(symlink(scratch.url("shared.yml").path, scratch.url("site/brief.yml").path) == 0)
        default: #expect(link(scratch.url("site/brief.yml").path, scratch.url("shared.yml").path) == 0)
        }
        var sources = WatchedSources(watcher)
        #expect(!sources.isWatched)
        #expect(sources.mayHaveChanged())
        #expect(sources.pollsLeftWithoutWatch == WatchedSources.pollsWithoutWatch)
        sources.refresh()
        #expect(sources.pollsLeftWithoutWatch == WatchedSources.pollsWithoutWatch - 1)
        #expect(sources.mayHaveChanged())
    }

    /// A hard link made after the snapshot raises no event in the watched folder, so writes
    /// through it would go unseen: a snapshot is taken anyway once `fullSnapshotInterval` passed.
    @Test(.enabled(if: canWatch, "needs inotify on a local file system"))
    func aSnapshotIsTakenAnywayAfterTheFullInterval() async throws {
        let (scratch, watcher) = try Self.site()
        let sources = WatchedSources(watcher, fullSnapshotInterval: .milliseconds(300))
        #expect(link(scratch.url("site/content/2025/a.md").path, scratch.url("elsewhere.md").path) == 0)
        try scratch.write("elsewhere.md", "Written through the other name.\n")
        #expect(!sources.mayHaveChanged(), "no event reaches the watched folder")
        try await Task.sleep(for: .milliseconds(400))
        #expect(sources.mayHaveChanged())
    }
}
