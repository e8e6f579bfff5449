import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// Incremental builds must equal clean builds also where reuse is tempting: a briefing whose
/// link target changes slug, and an output deleted by hand while the cache keeps a spare tree.
@Suite("Incremental builds equal clean builds")
struct IncrementalCorrectnessTests {
    /// Every file of `out` equals the same file of a clean build of `site` (cache removed first).
    static func expectEqualsCleanBuild(_ scratch: Scratch, site: URL, out: String) async throws {
        try? FileManager.default.removeItem(at: site.appendingPathComponent(BuildCache.folderName))
        try? FileManager.default.removeItem(at: scratch.url("clean"))
        try await IncrementalBuildTests.build(scratch, site: site, out: "clean")
        let incremental = try scratch.snapshot(out)
        let clean = try scratch.snapshot("clean")
        #expect(incremental.keys.sorted() == clean.keys.sorted())
        for (path, bytes) in clean where incremental[path] != bytes {
            Issue.record("\(path) differs between the incremental and the clean build")
        }
    }

    @Test func aLinkFollowsItsTargetsNewSlug() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        try scratch.write("site/content/target.md", "---\ntitle: Target\ndate: 2025-01-02\n---\nThe target.\n")
        try scratch.write("site/content/linker.md", "---\ntitle: Linker\ndate: 2025-01-03\n---\nSee [the target](target.md).\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/briefings/linker/index.html").contains("briefings/target/index.html"))
        // Only the target changes; the linking page must change with it.
        try scratch.write("site/content/target.md", "---\ntitle: Target\ndate: 2025-01-02\nslug: moved\n---\nThe target.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/briefings/linker/index.html").contains("briefings/moved/index.html"))
        try await Self.expectEqualsCleanBuild(scratch, site: site, out: "out")
    }

    /// A link to a file no briefing has yet is written as it stands; the briefing added, the
    /// linking page (not changed itself) links to its page; removed again, back as written.
    @Test func aLinkFollowsItsTargetComingAndGoing() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        try scratch.write("site/content/linker.md", "---\ntitle: Linker\ndate: 2025-01-03\n---\nSee [what comes](later.md#end).\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/briefings/linker/index.html").contains("href=\"later.md#end\""))
        try scratch.write("site/content/later.md", "---\ntitle: Later\ndate: 2025-01-04\nslug: came-later\n---\nIt came.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/briefings/linker/index.html").contains("href=\"../../briefings/came-later/index.html#end\""))
        try await Self.expectEqualsCleanBuild(scratch, site: site, out: "out")
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/later.md"))
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/briefings/linker/index.html").contains("href=\"later.md#end\""))
        try await Self.expectEqualsCleanBuild(scratch, site: site, out: "out")
    }

    @Test func anOutputDeletedByHandIsRebuiltFresh() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        try scratch.write("site/content/changing.md", "---\ntitle: First words\ndate: 2025-01-02\n---\nFirst.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try scratch.write("site/content/changing.md", "---\ntitle: Second words\ndate: 2025-01-02\n---\nSecond.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try scratch.write("site/content/changing.md", "---\ntitle: Third words\ndate: 2025-01-02\n---\nThird.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        // The cache now holds a spare tree two builds old; it must never come back as output.
        try FileManager.default.removeItem(at: scratch.url("out"))
        // A build that fails on content writes nothing: no old tree reappears either.
        try scratch.write("site/content/broken.md", "---\ntags: 5\n---\nBroken.\n")
        await #expect(throws: (any Error).self) { try await IncrementalBuildTests.build(scratch, site: site, out: "out") }
        #expect(!FileManager.default.fileExists(atPath: scratch.url("out").path), "a stale tree was put back as the output")
        try FileManager.default.removeItem(at: scratch.url("site/content/broken.md"))
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/briefings/changing/index.html").contains("Third words"))
        try await Self.expectEqualsCleanBuild(scratch, site: site, out: "out")
    }

    /// The third build reuses the first one's tree (the spare): its pages of a deleted briefing
    /// and of a changed slug are stale there and must go, folders too.
    @Test func theSpareTreesStalePagesAndFoldersGo() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        try scratch.write("site/content/gone.md", "---\ntitle: Gone soon\ndate: 2025-01-02\n---\nGone.\n")
        try scratch.write("site/content/moving.md", "---\ntitle: Moving\ndate: 2025-01-03\n---\nMoving.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try scratch.write("site/content/other.md", "---\ntitle: Other\ndate: 2025-01-04\n---\nOther.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try FileManager.default.removeItem(at: scratch.url("site/content/gone.md"))
        try scratch.write("site/content/moving.md", "---\ntitle: Moving\ndate: 2025-01-03\nslug: moved\n---\nMoving.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        for stale in ["out/briefings/gone", "out/briefings/moving"] {
            #expect(!FileManager.default.fileExists(atPath: scratch.url(stale).path), "\(stale) was left behind")
        }
        #expect(try scratch.read("out/briefings/moved/index.html").contains("Moving"))
        try await Self.expectEqualsCleanBuild(scratch, site: site, out: "out")
    }

    /// A static file that becomes a folder, then an unrelated edit: the third build's spare tree
    /// (the first build's) holds a file where the unchanged folder must be.
    @Test func aFileThatBecameAFolderInTheSpareTree() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        try scratch.write("site/static/thing", "a file first")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try FileManager.default.removeItem(at: scratch.url("site/static/thing"))
        try scratch.write("site/static/thing/inner.txt", "then a folder")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try scratch.write("site/content/other.md", "---\ntitle: Other\ndate: 2025-01-04\n---\nOther.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/thing/inner.txt") == "then a folder")
        try await Self.expectEqualsCleanBuild(scratch, site: site, out: "out")
    }

    /// The other order: the third build writes a page into a folder where its spare tree (the
    /// first build's) has a file (a static `page`, before the index was paginated).
    @Test func aPageWrittenWhereTheSpareTreeHasAFile() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\npaginate: 0\n")
        for day in 1...3 {
            try scratch.write("site/content/d\(day).md", "---\ntitle: Day \(day)\ndate: 2025-05-0\(day)\n---\nText.\n")
        }
        try scratch.write("site/static/page", "a file first")
        let site = scratch.url("site")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try FileManager.default.removeItem(at: scratch.url("site/static/page"))
        try scratch.write("site/brief.yml", "title: T\npaginate: 2\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try scratch.write("site/content/d4.md", "---\ntitle: Day 4\ndate: 2025-05-04\n---\nText.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/page/2/index.html").contains("Day 2"))
        try await Self.expectEqualsCleanBuild(scratch, site: site, out: "out")
    }
}
