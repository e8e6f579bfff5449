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

    /// The spare left at the place not in use (the output moved to or from another file system
    /// than the cache) is removed; nothing else is: not the spare in use, not another output's,
    /// not a name that only looks like one, not a link of that name nor what it leads to.
    @Test func theSpareAtThePlaceNotInUseIsRemovedAndNothingElse() throws {
        let scratch = try Scratch()
        let cache = scratch.url("site/.brief-cache")
        let output = scratch.url("web/out")
        let inCache = SpareLocation.inCache(cacheFolder: cache, outputDirectory: output)
        let beside = AtomicOutput(destination: output).spareBeside
        let otherOutputs = SpareLocation.inCache(cacheFolder: cache, outputDirectory: scratch.url("web/other"))
        let kept = [
            "web/out/index.html", "web/.other.brief-spare/index.html", "web/.out.brief-spare-mine/a", "web/out.brief-spare/a",
            "web/.out.brief-spare.bak/a", "site/.brief-cache/manifest", "site/.brief-cache/\(otherOutputs.lastPathComponent)/index.html",
            "site/.brief-cache/spare-notes/a", "web/.out.brief-lock",
        ]
        for path in kept { try scratch.write(path, "keep") }
        func plant() throws {
            try scratch.write("site/.brief-cache/\(inCache.lastPathComponent)/briefings/a/index.html", "old")
            try scratch.write("web/.out.brief-spare/briefings/a/index.html", "old")
        }
        func keptAll() throws {
            for path in kept { #expect(try scratch.read(path) == "keep", "\(path) went") }
        }

        // The output is on the cache's file system again: the spare beside it goes.
        try plant()
        SpareLocation.removeUnused(cacheFolder: cache, outputDirectory: output, inUse: inCache)
        #expect(!scratch.exists("web/.out.brief-spare"))
        #expect(try scratch.read("site/.brief-cache/\(inCache.lastPathComponent)/briefings/a/index.html") == "old")
        try keptAll()

        // It moved to another one: the spare in the cache goes.
        try plant()
        SpareLocation.removeUnused(cacheFolder: cache, outputDirectory: output, inUse: beside)
        #expect(!FileManager.default.fileExists(atPath: inCache.path))
        #expect(try scratch.read("web/.out.brief-spare/briefings/a/index.html") == "old")
        try keptAll()

        // A link of the spare's name is not brief's spare: it and the folder it leads to stay.
        try FileManager.default.removeItem(at: beside)
        try scratch.write("mine/page.html", "keep")
        try FileManager.default.createSymbolicLink(at: beside, withDestinationURL: scratch.url("mine"))
        SpareLocation.removeUnused(cacheFolder: cache, outputDirectory: output, inUse: inCache)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: beside.path)) != nil)
        #expect(try scratch.read("mine/page.html") == "keep")
        try keptAll()

        // A folder of the spare's name that holds the site (so its cache) is the user's.
        let nested = scratch.url("web/.out.brief-spare-site/.out.brief-spare/site/.brief-cache")
        try scratch.write("web/.out.brief-spare-site/.out.brief-spare/site/brief.yml", "title: Mine\n")
        let nestedOutput = scratch.url("web/.out.brief-spare-site/out")
        SpareLocation.removeUnused(
            cacheFolder: nested, outputDirectory: nestedOutput, inUse: SpareLocation.inCache(cacheFolder: nested, outputDirectory: nestedOutput))
        #expect(try scratch.read("web/.out.brief-spare-site/.out.brief-spare/site/brief.yml") == "title: Mine\n")
    }

    /// A site reached through a link, in a real folder of the output's spare name beside the
    /// output: the paths as given do not show that the spare's place holds the site, the paths
    /// the file system resolves do, and nothing is removed.
    @Test func aSpareNamedFolderHoldingTheSiteThroughALinkStays() throws {
        let scratch = try Scratch()
        try scratch.write("web/.out.brief-spare/brief.yml", "title: Mine\n")
        try FileManager.default.createSymbolicLink(at: scratch.url("mysite"), withDestinationURL: scratch.url("web/.out.brief-spare"))
        let cache = scratch.url("mysite/.brief-cache")
        let output = scratch.url("web/out")
        SpareLocation.removeUnused(cacheFolder: cache, outputDirectory: output, inUse: SpareLocation.inCache(cacheFolder: cache, outputDirectory: output))
        #expect(try scratch.read("web/.out.brief-spare/brief.yml") == "title: Mine\n")
    }

    /// A link someone put at the spare's place is never followed: the folder it leads to is not
    /// renamed into the output, nor its permissions changed, by a build that fails or one that
    /// succeeds; the link itself goes, and the spare is brief's own folder from then on.
    @Test func aLinkAtTheSparesPlaceIsNotFollowed() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        let output = scratch.url("out")
        let spare = SpareLocation.url(siteDirectory: site, outputDirectory: output)
        _ = try await SiteBuilder(siteDirectory: site, outputDirectory: output).build()
        try? FileManager.default.removeItem(at: spare)
        try scratch.write("webroot/index.html", "the web root")
        #expect(chmod(scratch.url("webroot").path, 0o755) == 0)
        func plantLink() throws {
            try? FileManager.default.removeItem(at: spare)
            try FileManager.default.createDirectory(at: spare.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: spare, withDestinationURL: scratch.url("webroot"))
        }
        func webRootIntact() throws {
            #expect(try scratch.read("webroot/index.html") == "the web root")
            #expect(AtomicOutput.permissions(atPath: scratch.url("webroot").path) == 0o755)
        }

        // A build that fails on its content.
        try plantLink()
        try scratch.write("site/content/broken.md", "---\ntitle: [unclosed\n---\nText.\n")
        await #expect(throws: (any Error).self) { _ = try await SiteBuilder(siteDirectory: site, outputDirectory: output).build() }
        try webRootIntact()

        // Builds that succeed, the first with the link there.
        try FileManager.default.removeItem(at: scratch.url("site/content/broken.md"))
        try plantLink()
        for words in ["First", "Second"] {
            try scratch.write("site/content/changing.md", "---\ntitle: \(words) words\ndate: 2025-01-02\n---\nText.\n")
            _ = try await SiteBuilder(siteDirectory: site, outputDirectory: output).build()
            try webRootIntact()
            #expect(try scratch.read("out/briefings/changing/index.html").contains("\(words) words"))
            var info = stat()
            #expect(lstat(output.path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR, "the output is a folder, not a link")
            #expect(!scratch.exists("webroot/briefings"))
        }
    }

    /// A build removes the spare its output left beside it, when the spare is kept in the cache
    /// now (here the output shares the cache's file system, as after moving back to it).
    @Test func aBuildRemovesTheSpareItsOutputLeftAtTheOtherPlace() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        let output = scratch.url("web/out")
        try scratch.write("web/.out.brief-spare/briefings/removed/index.html", "a page a build removed")
        try scratch.write("web/.out.brief-spare-notes/a", "keep")
        _ = try await SiteBuilder(siteDirectory: site, outputDirectory: output).build()
        #expect(!scratch.exists("web/.out.brief-spare"))
        #expect(try scratch.read("web/.out.brief-spare-notes/a") == "keep")
        #expect(scratch.exists("web/out/index.html"))
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
        // Beside the output (perhaps served on the web) the spare is the owner's alone.
        let outputMode = AtomicOutput.permissions(atPath: output.path)
        #expect(AtomicOutput.permissions(atPath: spare.path) == 0o700)

        try scratch.write("site/content/changing.md", "---\ntitle: Third words\ndate: 2025-01-02\n---\nThird.\n")
        try await build()
        // The spare became the new output: its folders are the output's now.
        #expect(folderInode(output.appendingPathComponent("briefings/changing")) == kept)
        #expect(AtomicOutput.permissions(atPath: output.path) == outputMode)
        #expect(AtomicOutput.permissions(atPath: spare.path) == 0o700)
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
