import BriefTestSupport
import BriefContent
import Dispatch
import Foundation
import Testing
@testable import BriefSite

@Suite("Atomic output")
struct AtomicOutputTests {
    @Test func aFailedBuildLeavesTheEarlierOutputByteForByte() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        let output = scratch.url("out")
        _ = try await SiteBuilder(siteDirectory: site, outputDirectory: output).build()
        let before = try scratch.snapshot("out")
        #expect(before.count > 5)

        try scratch.write("site/content/europe/broken.md", "---\ntitle: Broken\ntags: 5\n---\nText.\n")
        try scratch.write(".out.brief-tmp-killed/index.html", "half a site from a killed build")
        await #expect(throws: ContentErrors.self) {
            _ = try await SiteBuilder(siteDirectory: site, outputDirectory: output).build()
        }
        #expect(try scratch.snapshot("out") == before)
        #expect(try Self.leftovers(in: scratch.root).isEmpty)
    }

    @Test func aSuccessfulBuildReplacesTheOutputWhole() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/gone.md", "---\ntitle: Gone\ndate: 2025-01-01\n---\nText.\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        #expect(scratch.exists("out/briefings/gone/index.html"))
        // A file the user put there is not the build's to remove (`AtomicOutput+UserEntries`).
        try scratch.write("out/mine.html", "put there by hand")
        try FileManager.default.removeItem(at: scratch.url("site/content/gone.md"))
        try scratch.write("site/brief.yml", "title: T2\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        #expect(!scratch.exists("out/briefings/gone"))
        #expect(try scratch.read("out/mine.html") == "put there by hand")
        #expect(scratch.exists("out/index.html"))
        #expect(try Self.leftovers(in: scratch.root).isEmpty)
    }

    @Test func staleTempFoldersOfKilledBuildsAreRemoved() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write(".out.brief-tmp-killed1/index.html", "half a site")
        try scratch.write(".out.brief-tmp-killed2/briefings/x/index.html", "half a site")
        try scratch.write(".out.brief-old-killed/index.html", "a previous site")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        try scratch.write("out/index.html", "the current site")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        #expect(try Self.leftovers(in: scratch.root).isEmpty)
        #expect(try scratch.read("out/index.html").contains("<!DOCTYPE html>"))
    }

    @Test func anOutputOrphanedMidSwapIsPutBack() throws {
        let scratch = try Scratch()
        try scratch.write(".out.brief-old-abc/index.html", "the previous site")
        try AtomicOutput(destination: scratch.url("out")).cleanUpInterruptedBuilds()
        #expect(try scratch.read("out/index.html") == "the previous site")
        #expect(try Self.leftovers(in: scratch.root).isEmpty)
    }

    @Test func writesCreateFoldersAndReplaceTheDestination() throws {
        let scratch = try Scratch()
        try scratch.write("deep/out/old.txt", "old")
        let output = AtomicOutput(destination: scratch.url("deep/out"))
        try output.write([OutputFile(path: "a/b/c.html", text: "c"), OutputFile(path: "index.html", text: "i")], staticFiles: [])
        #expect(try scratch.snapshot("deep/out") == ["a/b/c.html": Data("c".utf8), "index.html": Data("i".utf8)])
    }

    /// Writers claim a new folder under the lock and make it after: one that finds a folder
    /// claimed but not made yet makes it itself. Many writers into few new folders, at once.
    @Test func concurrentWritersIntoNewFoldersAllLand() throws {
        let scratch = try Scratch()
        let output = AtomicOutput(destination: scratch.url("out"))
        let staging = StagingTree(output: output, previous: OutputManifest())
        // Two files per new folder, next to each other: the two writers of a folder often run
        // side by side, one finding it claimed by the other.
        let paths = (0..<400).map { "f\($0 % 3)/g\($0 / 2)/page-\($0).html" }
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            _ = staging.write(paths[index], key: UInt64(index), text: "page \(index)")
        }
        let files = paths.enumerated().map { PlannedFile(path: $1, key: UInt64($0), source: .written) }
        _ = try staging.finish(files.sorted { $0.path < $1.path })
        let written = try scratch.snapshot("out")
        #expect(written.count == paths.count)
        for (index, path) in paths.enumerated() { #expect(written[path] == Data("page \(index)".utf8)) }
    }

    /// The case the writers above rarely hit: a file whose folder another writer claimed and
    /// has not made yet. Creating it makes the folder.
    @Test func creatingAFileInAFolderNotMadeYetMakesTheFolder() throws {
        let scratch = try Scratch()
        try scratch.write("tree/keep.txt", "")
        let root = scratch.url("tree").path
        // Relative to the open tree (as a build makes pages), and by the full path.
        let tree = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        #expect(tree >= 0)
        defer { close(tree) }
        for (descriptor, folder) in [(tree, "claimed"), (Int32(-1), "claimed-by-path")] {
            let record = try StagingTree.create(folder + "/index.html", in: descriptor, root: root, key: 7, fill: { descriptor in
                AtomicOutput.writeAll(UnsafeRawBufferPointer(start: nil, count: 0), to: descriptor)
            })
            #expect(record.key == 7)
            #expect(scratch.exists("tree/\(folder)/index.html"))
        }
    }

    /// A folder claimed for one writer's file and not made yet is made when another writer
    /// needs it as a parent (`entities/` for `entities/index.html`, then `entities/nato/`).
    @Test func aClaimedFolderIsMadeWhenAnotherWriterNeedsItAsAParent() throws {
        let scratch = try Scratch()
        let staging = StagingTree(output: AtomicOutput(destination: scratch.url("out")), previous: OutputManifest())
        let claimed = try staging.prepare(folderOf: "entities/index.html")
        #expect(claimed.newFolder == "entities")
        // The claimer has not made `entities/` yet when the next writer comes.
        _ = staging.write("entities/nato/index.html", key: 1, text: "NATO")
        if let folder = claimed.newFolder { try AtomicOutput.makeFolder(atPath: claimed.root + "/" + folder) }
        _ = staging.write("entities/index.html", key: 2, text: "All")
        let files = [
            PlannedFile(path: "entities/index.html", key: 2, source: .written),
            PlannedFile(path: "entities/nato/index.html", key: 1, source: .written),
        ]
        _ = try staging.finish(files)
        #expect(try scratch.snapshot("out") == ["entities/index.html": Data("All".utf8), "entities/nato/index.html": Data("NATO".utf8)])
    }

    /// A stale file below a folder that became a file is already gone.
    @Test func unlinkingBelowAFileIsFine() throws {
        let scratch = try Scratch()
        try scratch.write("x", "now a file")
        try AtomicOutput.unlink(scratch.url("x/y"))
        try AtomicOutput.unlink(scratch.url("missing"))
        #expect(try scratch.read("x") == "now a file")
    }

    /// The case probe finds this (case-sensitive) file system as it is, leaves nothing behind,
    /// and says no for a folder it cannot write to.
    @Test func theCaseProbeLeavesNothingBehind() throws {
        let scratch = try Scratch()
        try scratch.write("spare/keep.txt", "")
        #expect(!AtomicOutput.foldsCase(in: scratch.url("spare")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url("spare").path) == ["keep.txt"])
        #expect(!AtomicOutput.foldsCase(in: scratch.url("missing")))
    }

    static func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".brief-tmp-") || $0.contains(".brief-old-") }
    }
}
