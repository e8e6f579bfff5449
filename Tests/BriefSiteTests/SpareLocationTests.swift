import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite
#if canImport(Glibc)
import Glibc
#endif

/// The spare tree is renamed into place, so it must be on the output's file system: in the
/// site's cache folder when that is, else beside the output.
@Suite("Spare tree location")
struct SpareLocationTests {
    @Test func theCacheFolderWhenItSharesTheOutputsDeviceElseBesideTheOutput() {
        let cache = URL(fileURLWithPath: "/site/.brief-cache", isDirectory: true)
        let output = URL(fileURLWithPath: "/dev/shm/out", isDirectory: true)
        let inCache = SpareLocation.url(cacheFolder: cache, outputDirectory: output, cacheDevice: 2049, outputDevice: 2049)
        #expect(inCache.deletingLastPathComponent().path == cache.path)
        #expect(inCache.lastPathComponent.hasPrefix("spare-"))
        let beside = SpareLocation.url(cacheFolder: cache, outputDirectory: output, cacheDevice: 2049, outputDevice: 27)
        #expect(beside.path == "/dev/shm/.out.brief-spare")
        // A device that cannot be found keeps the cache folder, as before there was a choice.
        #expect(SpareLocation.url(cacheFolder: cache, outputDirectory: output, cacheDevice: nil, outputDevice: 27) == inCache)
        #expect(SpareLocation.url(cacheFolder: cache, outputDirectory: output, cacheDevice: 2049, outputDevice: nil) == inCache)
        // Each output its own spare, in either place.
        let other = URL(fileURLWithPath: "/dev/shm/other", isDirectory: true)
        #expect(SpareLocation.url(cacheFolder: cache, outputDirectory: other, cacheDevice: 1, outputDevice: 1) != inCache)
        #expect(SpareLocation.url(cacheFolder: cache, outputDirectory: other, cacheDevice: 1, outputDevice: 2).lastPathComponent == ".other.brief-spare")
    }

    @Test func theDeviceOfAFolderNotMadeYetIsItsNearestParents() throws {
        let scratch = try Scratch()
        var info = stat()
        #expect(stat(scratch.root.path, &info) == 0)
        #expect(SpareLocation.device(ofNearest: scratch.url("not/made/yet").path) == UInt64(info.st_dev))
        #expect(SpareLocation.device(ofNearest: scratch.root.path) == UInt64(info.st_dev))
    }

    /// The clean-up of a killed build removes its temp and old trees, never the spare beside
    /// the output (the next build's scratch space, not a leftover).
    @Test func theCleanUpKeepsASpareBesideTheOutput() throws {
        let scratch = try Scratch()
        try scratch.write("out/index.html", "site")
        try scratch.write(".out.brief-spare/index.html", "two builds old")
        try scratch.write(".out.brief-tmp-killed/index.html", "half a site")
        try scratch.write(".out.brief-old-killed/index.html", "old")
        let output = AtomicOutput(destination: scratch.url("out"))
        #expect(output.spareBeside == scratch.url(".out.brief-spare").standardizedFileURL)
        try output.cleanUpInterruptedBuilds()
        #expect(try scratch.read(".out.brief-spare/index.html") == "two builds old")
        #expect(try AtomicOutputTests.leftovers(in: scratch.root).isEmpty)
        #expect(try scratch.read("out/index.html") == "site")
    }

    /// A scratch folder on another file system than the temporary folder (tmpfs at /dev/shm, the
    /// temporary folder on a disk), or nil where there is none.
    static func otherFileSystem() -> URL? {
        let shm = URL(fileURLWithPath: "/dev/shm", isDirectory: true)
        let temp = FileManager.default.temporaryDirectory
        guard let shmDevice = SpareLocation.device(ofNearest: shm.path), let tempDevice = SpareLocation.device(ofNearest: temp.path),
            shmDevice != tempDevice, access(shm.path, W_OK) == 0
        else { return nil }
        return shm
    }

    /// With the output on another file system than the site, a rebuild keeps the replaced tree
    /// beside the output and the next rebuild reuses it (its folders become the new tree's),
    /// the output still equal to a clean build's. In the cache it could never be renamed in,
    /// and every rebuild wrote the whole output again.
    @Test(.enabled(if: Self.otherFileSystem() != nil, "needs /dev/shm on another file system than the temporary folder"))
    func anOutputOnAnotherFileSystemReusesItsSpareTree() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        let place = Self.otherFileSystem()!.appendingPathComponent("brief-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: place) }
        let output = place.appendingPathComponent("out", isDirectory: true)
        let spare = place.appendingPathComponent(".out.brief-spare", isDirectory: true)
        func build() async throws { _ = try await SiteBuilder(siteDirectory: site, outputDirectory: output).build() }
        func folderInode(_ url: URL) -> UInt64? {
            var info = stat()
            return stat(url.path, &info) == 0 ? UInt64(info.st_ino) : nil
        }

        try scratch.write("site/content/changing.md", "---\ntitle: First words\ndate: 2025-01-02\n---\nFirst.\n")
        try await build()
        try scratch.write("site/content/changing.md", "---\ntitle: Second words\ndate: 2025-01-02\n---\nSecond.\n")
        try await build()
        // The first build's tree was kept beside the output, not in the cache.
        let kept = try #require(folderInode(spare.appendingPathComponent("briefings/changing")), "no spare tree beside the output")
        let cacheEntries = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(BuildCache.folderName).path)
        #expect(!cacheEntries.contains { $0.hasPrefix("spare-") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: place.path).sorted() == [".out.brief-lock", ".out.brief-spare", "out"])

        try scratch.write("site/content/changing.md", "---\ntitle: Third words\ndate: 2025-01-02\n---\nThird.\n")
        try await build()
        // The spare became the new output: its folders are the output's now.
        #expect(folderInode(output.appendingPathComponent("briefings/changing")) == kept)
        #expect(try String(contentsOf: output.appendingPathComponent("briefings/changing/index.html"), encoding: .utf8).contains("Third words"))

        try? FileManager.default.removeItem(at: site.appendingPathComponent(BuildCache.folderName))
        let clean = scratch.url("clean")
        _ = try await SiteBuilder(siteDirectory: site, outputDirectory: clean).build()
        let built = try Scratch.snapshot(of: output)
        let expected = try Scratch.snapshot(of: clean)
        #expect(built.keys.sorted() == expected.keys.sorted())
        for (path, bytes) in expected where built[path] != bytes { Issue.record("\(path) differs from a clean build") }
    }
}
