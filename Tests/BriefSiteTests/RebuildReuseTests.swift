import BriefTestSupport
import BriefContent
import Foundation
import Testing
@testable import BriefSite

/// What a rebuild reuses besides the per-briefing cache: briefings as parsed (`ParsedBriefings`)
/// and the pages made from all briefings (`BuildSession.keyedGroup`). Reuse must never change
/// the output.
@Suite("Rebuild reuse of parsed briefings and site pages")
struct RebuildReuseTests {
    @Test func parsedBriefingsEqualAFreshParseAndDamageIsIgnored() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        let folder = site.appendingPathComponent(BuildCache.folderName)
        let fresh = try ContentLoader(siteDirectory: site).load().briefings
        #expect(!fresh.isEmpty)
        let memo = ParsedBriefings(folder: folder)
        var loader = ContentLoader(siteDirectory: site)
        loader.memo = memo
        #expect(try loader.load().briefings == fresh)
        // The input fingerprint's hash of each file finds the same briefing (a rebuild's loader
        // asks this way without reading the file again).
        let hashes = InputFingerprint.hashWithFiles(siteDirectory: site, includeDrafts: false).files
        var byHash = ContentLoader(siteDirectory: site)
        byHash.memo = memo
        byHash.knownHashes = hashes
        #expect(try byHash.load().briefings == fresh)
        for briefing in fresh {
            let hash = try #require(hashes[PathKey(briefing.path)])
            #expect(memo.briefing(path: briefing.path, contentHash: hash) == briefing)
            #expect(memo.briefing(path: briefing.path, contentHash: hash ^ 1) == nil)
        }
        // Every briefing came from the memo: asking with its file's bytes finds it.
        for briefing in fresh {
            let bytes = try Data(contentsOf: site.appendingPathComponent(briefing.path))
            #expect(bytes.withUnsafeBytes { memo.briefing(path: briefing.path, bytes: $0) } == briefing)
            // Other bytes at the same path are not the same briefing.
            let other = bytes + Data("\nmore".utf8)
            #expect(other.withUnsafeBytes { memo.briefing(path: briefing.path, bytes: $0) } == nil)
        }

        // Damaged bytes inside the entries: the build parses again and equals a clean build.
        let file = folder.appendingPathComponent(ParsedBriefings.fileName)
        var damaged = [UInt8](try Data(contentsOf: file))
        for offset in stride(from: 40, to: damaged.count, by: 53) { damaged[offset] ^= 0x33 }
        try Data(damaged).write(to: file)
        var again = ContentLoader(siteDirectory: site)
        again.memo = ParsedBriefings(folder: folder)
        #expect(try again.load().briefings == fresh)
        try scratch.write("site/content/new.md", "---\ntitle: New one\ndate: 2025-02-01\n---\nParis spoke.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try await IncrementalCorrectnessTests.expectEqualsCleanBuild(scratch, site: site, out: "out")
    }

    /// The memo counts the briefings a build parsed, not those it gave back (which decides
    /// whether the loading's scratch is worth handing back, `MemoryRelease.isWorthTrimming`).
    @Test func theMemoCountsOnlyTheBriefingsParsed() async throws {
        let (scratch, site, folder) = try await IncrementalBuildTests.builtSampleSite()
        let memo = ParsedBriefings(folder: folder)
        var loader = ContentLoader(siteDirectory: site)
        loader.memo = memo
        let count = try loader.load().briefings.count
        #expect(count >= 6)
        #expect(memo.parsedCount == 0)
        try scratch.write("site/content/new.md", "---\ntitle: New one\ndate: 2025-02-01\n---\nParis spoke.\n")
        let editedMemo = ParsedBriefings(folder: folder)
        var edited = ContentLoader(siteDirectory: site)
        edited.memo = editedMemo
        #expect(try edited.load().briefings.count == count + 1)
        #expect(editedMemo.parsedCount == 1)
        // One made of many is not worth a purge; an eighth or more is, and so is an empty stage.
        #expect(!MemoryRelease.isWorthTrimming(made: 1, of: 10_000))
        #expect(!MemoryRelease.isWorthTrimming(made: 1_249, of: 10_000))
        #expect(MemoryRelease.isWorthTrimming(made: 1_250, of: 10_000))
        #expect(MemoryRelease.isWorthTrimming(made: 0, of: 0))
    }

    /// The store is a log: a new file's entry is appended (the stored ones stay byte for byte);
    /// after a torn tail it is written anew; every briefing still loads from it.
    @Test func parsedBriefingsAreAppendedAndATornTailMakesTheFileAnew() async throws {
        let (scratch, site, folder) = try await IncrementalBuildTests.builtSampleSite()
        let file = folder.appendingPathComponent(ParsedBriefings.fileName)
        let before = try Data(contentsOf: file)
        try scratch.write("site/content/new.md", "---\ntitle: New one\ndate: 2025-02-01\n---\nParis spoke.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        let appended = try Data(contentsOf: file)
        #expect(appended.count > before.count && appended.prefix(before.count) == before, "appended after the stored entries")
        // A torn tail: the next new entry makes the file anew, without it.
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data([9, 9, 9, 9, 9]))
        try handle.close()
        try scratch.write("site/content/newer.md", "---\ntitle: Newer one\ndate: 2025-02-02\n---\nRome spoke.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        let after = try Data(contentsOf: file)
        #expect(!after.suffix(5).elementsEqual([9, 9, 9, 9, 9]) && !after.contains(Data([9, 9, 9, 9, 9])), "the torn tail went")
        var loader = ContentLoader(siteDirectory: site)
        let memo = ParsedBriefings(folder: folder)
        loader.memo = memo
        let loaded = try loader.load().briefings
        #expect(loaded == (try ContentLoader(siteDirectory: site).load().briefings))
        #expect(loaded.contains { $0.title == "New one" } && loaded.contains { $0.title == "Newer one" })
        #expect(memo.save() == nil, "nothing new to save")
        #expect(try Data(contentsOf: file) == after)
    }

    @Test func sitePagesFollowTagsQuotesAndStaticOverrides() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        try scratch.write("site/content/tagged.md", "---\ntitle: Tagged\ndate: 2025-01-05\ntags: [alpha]\n---\nBerlin.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(scratch.exists("out/tags/alpha/index.html"))
        // A new tag and a new quote: tag pages, quotes page and search must follow.
        try scratch.write(
            "site/content/tagged.md",
            "---\ntitle: Tagged\ndate: 2025-01-05\ntags: [beta]\n---\nBerlin. Olaf Scholz said “we will act now” on Monday.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(!scratch.exists("out/tags/alpha/index.html"))
        #expect(scratch.exists("out/tags/beta/index.html"))
        #expect(try scratch.read("out/quotes/index.html").contains("we will act now"))
        try await IncrementalCorrectnessTests.expectEqualsCleanBuild(scratch, site: site, out: "out")
        // static/robots.txt replaces the generated one; removed, the generated one comes back.
        try scratch.write("site/static/robots.txt", "User-agent: *\nDisallow: /\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/robots.txt").contains("Disallow: /"))
        try FileManager.default.removeItem(at: scratch.url("site/static/robots.txt"))
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(scratch.exists("out/robots.txt"))
        #expect(!(try scratch.read("out/robots.txt").contains("Disallow: /")))
        try await IncrementalCorrectnessTests.expectEqualsCleanBuild(scratch, site: site, out: "out")
    }
}
