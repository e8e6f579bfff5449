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
    /// A site built twice (the second build's swap keeps a spare), its cache folder and the
    /// path of the spare in use.
    static func siteWithASpare() async throws -> (HostileSite, cache: URL, inUse: String) {
        let site = try HostileSite()
        try site.write("content/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\nText.\n")
        #expect(await site.build().status == 0)
        try site.write("content/b.md", "---\ntitle: B\ndate: 2025-01-02\n---\nText.\n")
        #expect(await site.build().status == 0)
        let cache = site.site.appendingPathComponent(BuildCache.folderName)
        let inUse = SpareLocation.inCache(cacheFolder: cache, outputDirectory: site.site.appendingPathComponent("public")).path
        return (site, cache, inUse)
    }

    /// Sets the modification time of `path` itself (a link's own, not its target's) `days` back.
    static func age(_ path: String, days: Double) {
        let then = Date().addingTimeInterval(-days * 86_400).timeIntervalSince1970
        let time = timespec(tv_sec: Int(then), tv_nsec: 0)
        let times = [time, time]
        #expect(utimensat(AT_FDCWD, path, times, AT_SYMLINK_NOFOLLOW) == 0)
    }

    @Test func aSpareNoBuildUsedForAWeekGoesAndNothingElse() async throws {
        let (site, cache, inUse) = try await Self.siteWithASpare()
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

    /// The modification time of `path`, in whole seconds.
    static func modified(_ path: String) -> Int {
        var info = stat()
        #expect(lstat(path, &info) == 0)
        return SpareLocation.modifiedSeconds(info)
    }

    /// A build marks its own spare used as it starts, though it finds nothing to do (no swap
    /// then marks it): what keeps a spare whose output is built at least once a week from a
    /// build of another output (whose `removeStale` spares only its own spare). (The probe of
    /// whether the file system folds case, a file made and removed in the spare, touches its
    /// time too: `markUsed` on its own is tested below.)
    @Test func aBuildMarksItsOwnSpareUsedThoughNothingChanged() async throws {
        let (site, _, inUse) = try await Self.siteWithASpare()
        // Settled (a file written within the last hashing's second is read again), then nothing
        // changes: no swap, which would mark the spare used too.
        #expect(await site.build().status == 0)
        let output = site.site.appendingPathComponent("public").path
        let swapped = try FileManager.default.attributesOfItem(atPath: output)[.systemFileNumber] as? Int
        Self.age(inUse, days: 30)
        let before = Int(Date().timeIntervalSince1970)
        #expect(await site.build().status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: output)[.systemFileNumber] as? Int == swapped, "the output was swapped")
        #expect(Self.modified(inUse) >= before - 1, "the spare kept its old time")
    }

    /// `markUsed` sets a real folder's time to now, and never the time of what a link leads to.
    @Test func markUsedTouchesARealFolderOnly() throws {
        let scratch = try Scratch()
        try scratch.write("spare-aaaa/index.html", "page")
        try scratch.write("elsewhere/keep.txt", "mine")
        try FileManager.default.createSymbolicLink(atPath: scratch.url("spare-link").path, withDestinationPath: scratch.url("elsewhere").path)
        for name in ["spare-aaaa", "elsewhere"] { Self.age(scratch.url(name).path, days: 30) }
        let before = Int(Date().timeIntervalSince1970)
        SpareLocation.markUsed(scratch.url("spare-aaaa"))
        SpareLocation.markUsed(scratch.url("spare-link"))
        #expect(Self.modified(scratch.url("spare-aaaa").path) >= before - 1)
        #expect(Self.modified(scratch.url("elsewhere").path) < before - 86_400)
    }

    /// `removeStale` on its own never takes the spare in use, however old, named as it is or
    /// through a link: the build's marking it used at the start is a second guard, not the only one.
    @Test func removeStaleSparesTheSpareInUseWhateverItsTime() throws {
        let scratch = try Scratch()
        let cache = scratch.url("site/.brief-cache")
        for name in ["spare-aaaa", "spare-bbbb"] { try scratch.write("site/.brief-cache/\(name)/index.html", name) }
        try FileManager.default.createSymbolicLink(atPath: scratch.url("cache-link").path, withDestinationPath: cache.path)
        for name in ["spare-aaaa", "spare-bbbb"] { Self.age(cache.path + "/" + name, days: 30) }
        SpareLocation.removeStale(cacheFolder: cache, outputDirectory: scratch.url("out"), inUse: cache.appendingPathComponent("spare-aaaa"))
        #expect(scratch.exists("site/.brief-cache/spare-aaaa/index.html"))
        #expect(!scratch.exists("site/.brief-cache/spare-bbbb"))

        // The spare in use named through a link to the cache folder is the same folder.
        Self.age(cache.path + "/spare-aaaa", days: 30)
        SpareLocation.removeStale(
            cacheFolder: cache, outputDirectory: scratch.url("out"), inUse: scratch.url("cache-link").appendingPathComponent("spare-aaaa"))
        #expect(scratch.exists("site/.brief-cache/spare-aaaa/index.html"))
    }

    /// Never a folder that holds the output (`--output` inside a stale spare's place, named as it
    /// is or through a link), however old; a stale one beside it goes.
    @Test func removeStaleNeverTakesAFolderHoldingTheOutput() throws {
        let scratch = try Scratch()
        let cache = scratch.url("site/.brief-cache")
        try scratch.write("site/.brief-cache/spare-cccc/out/index.html", "the output")
        try scratch.write("site/.brief-cache/spare-dddd/index.html", "stale")
        try FileManager.default.createSymbolicLink(atPath: scratch.url("held").path, withDestinationPath: cache.path + "/spare-cccc")
        let inUse = cache.appendingPathComponent("spare-eeee")
        for output in [cache.appendingPathComponent("spare-cccc/out"), scratch.url("held/out")] {
            for name in ["spare-cccc", "spare-dddd"] where FileManager.default.fileExists(atPath: cache.path + "/" + name) {
                Self.age(cache.path + "/" + name, days: 30)
            }
            SpareLocation.removeStale(cacheFolder: cache, outputDirectory: output, inUse: inUse)
            #expect(scratch.exists("site/.brief-cache/spare-cccc/out/index.html"), "\(output.path)")
            #expect(!scratch.exists("site/.brief-cache/spare-dddd"))
        }
    }

    /// A stale spare is moved aside whole before it is deleted: a build of its output starting
    /// meanwhile may have listed it to reuse it, and must find it there whole or not at all
    /// (gone, its rename fails and it starts a fresh tree). Deleted in place, a part that cannot
    /// be deleted (a folder of another owner's) is left where that build takes it as its spare.
    /// Permission bits do not stop root: as root the build runs as `nobody` in a child process.
    @Test(.enabled(if: geteuid() != 0 || UnreadableFolderTests.canRunAsNobody, "needs a user other than root, or setpriv and the binary"))
    func aStaleSpareIsMovedAsideWholeBeforeItIsDeleted() async throws {
        let site = try HostileSite()
        try site.write("content/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\nText.\n")
        try site.write(".brief-cache/spare-1f2e3d4c5b6a7980/briefings/x/index.html", "old page")
        try site.write(".brief-cache/spare-1f2e3d4c5b6a7980/held/page.html", "cannot be deleted")
        let cache = site.site.appendingPathComponent(BuildCache.folderName)
        let place = cache.path + "/spare-1f2e3d4c5b6a7980"
        let status: Int32
        if geteuid() != 0 {
            #expect(chmod(place + "/held", 0o555) == 0)
            Self.age(place, days: 30)
            status = await site.build().status
            #expect(chmod(place + "/held", 0o755) == 0 || !FileManager.default.fileExists(atPath: place))
        } else {
            // The site is nobody's but for `held`, root's.
            #expect(try Self.run("/bin/chown", ["-R", "65534:65534", site.site.path]) == 0)
            #expect(try Self.run("/bin/chown", ["-R", "0:0", place + "/held"]) == 0)
            Self.age(place, days: 30)
            status = try Self.buildAsNobody(site)
        }
        #expect(status == 0)
        #expect(!FileManager.default.fileExists(atPath: place), "left half deleted at the spare's place")
        let aside = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix(SpareLocation.stalePrefix) }
        #expect(aside.count == 1)
        #expect(aside.allSatisfy { FileManager.default.fileExists(atPath: cache.path + "/" + $0 + "/held/page.html") })
        if geteuid() != 0 { for name in aside { _ = chmod(cache.path + "/" + name + "/held", 0o755) } }
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// `brief build` of `site` run as nobody (`UnreadableFolderTests.binaryNobodyCanRun`).
    static func buildAsNobody(_ site: HostileSite) throws -> Int32 {
        let binary = try UnreadableFolderTests.binaryNobodyCanRun(beside: site)
        let (status, errors) = try UnreadableFolderTests.runAsNobody(binary, ["build", "--site", site.site.path, "--quiet"])
        #expect(status == 0, "\(errors)")
        return status
    }
}
