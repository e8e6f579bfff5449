import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite
#if canImport(Glibc)
import Glibc
#endif

/// The spare tree kept in the cache for an output path (`spare-HASH`) that no build has used for
/// `SpareLocation.staleAge` (its output renamed or gone) is removed by the next build: only a
/// real folder of brief's own name, never the spare the build uses (whatever its age), nor a link
/// (nor what it leads to), nor a folder of another name.
@Suite("Spares of outputs no longer built")
struct StaleSpareTests {
    /// Sets the modification time of `path` itself (a link's own, not its target's) `days` back.
    static func age(_ path: String, days: Double) {
        let then = Date().addingTimeInterval(-days * 86_400).timeIntervalSince1970
        let time = timespec(tv_sec: Int(then), tv_nsec: 0)
        let times = [time, time]
        #expect(utimensat(AT_FDCWD, path, times, AT_SYMLINK_NOFOLLOW) == 0)
    }

    @Test func aSpareNoBuildUsedForAWeekGoesAndNothingElse() async throws {
        let site = try HostileSite()
        try site.write("content/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\nText.\n")
        #expect(await site.build().status == 0)
        try site.write("content/b.md", "---\ntitle: B\ndate: 2025-01-02\n---\nText.\n")
        #expect(await site.build().status == 0)
        let cache = site.site.appendingPathComponent(BuildCache.folderName)
        let inUse = SpareLocation.inCache(cacheFolder: cache, outputDirectory: site.site.appendingPathComponent("public")).path
        #expect(FileManager.default.fileExists(atPath: inUse), "the build kept no spare")

        // An output since renamed left its spare; another output was built yesterday.
        try site.write(".brief-cache/spare-1f2e3d4c5b6a7980/briefings/x/index.html", "old page")
        try site.write(".brief-cache/spare-a0b1c2/index.html", "yesterday's")
        // Not brief's: another name, and a link to a folder elsewhere.
        try site.write(".brief-cache/spare-notes/keep.txt", "mine")
        try site.scratch.write("elsewhere/keep.txt", "mine")
        try FileManager.default.createSymbolicLink(atPath: cache.path + "/spare-abcdef0123", withDestinationPath: site.scratch.url("elsewhere").path)
        for old in ["spare-1f2e3d4c5b6a7980", "spare-notes", "spare-abcdef0123"] { Self.age(cache.path + "/" + old, days: 30) }
        Self.age(site.scratch.url("elsewhere").path, days: 30)
        Self.age(cache.path + "/spare-a0b1c2", days: 1)
        // This output's own spare is in use, whatever its time says.
        Self.age(inUse, days: 30)

        #expect(await site.build().status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("spare-") }.sorted()
        #expect(left == ["spare-a0b1c2", "spare-abcdef0123", "spare-notes", (inUse as NSString).lastPathComponent].sorted())
        #expect(try site.scratch.read("elsewhere/keep.txt") == "mine")
        #expect(try site.scratch.read("site/.brief-cache/spare-notes/keep.txt") == "mine")
        #expect(FileManager.default.fileExists(atPath: inUse + "/index.html"))

        // A week on, the output's own spare stays for as long as its builds go on.
        Self.age(inUse, days: 30)
        try site.write("content/c.md", "---\ntitle: C\ndate: 2025-01-03\n---\nText.\n")
        #expect(await site.build().status == 0)
        #expect(FileManager.default.fileExists(atPath: inUse + "/index.html"))
    }
}
