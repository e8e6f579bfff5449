import BriefContent
import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// Two static files or folders whose names differ only in Unicode normalization (`café` composed
/// and decomposed) are two entries of the output on Linux, as of static/: the staging tree tells
/// them apart by their bytes (`PathBytes`). As `String`s (canonical equivalence) they were one:
/// the second folder was never made and its file failed to copy ("The file doesn't exist"), even
/// in a clean build; and a file removed from static/ stayed in the output while its twin was kept.
@Suite("Names that differ only in normalization in the output")
struct NormalFormNamesInOutputTests {
    static let composed = "caf\u{E9}", decomposed = "cafe\u{301}"

    /// Every file under `folder`, by its path's bytes (a `String` key would take the twins for one).
    static func files(_ folder: URL) -> [PathKey: Data] {
        var found: [PathKey: Data] = [:]
        for entry in DirectoryWalk.everything(under: folder.path) where entry.kind == .file {
            found[PathKey(entry.path)] = FileManager.default.contents(atPath: folder.path + "/" + entry.path)
        }
        return found
    }

    /// Every folder under `folder`, by its path's bytes: a stale folder left empty holds no file.
    static func folders(_ folder: URL) -> Set<PathKey> {
        Set(DirectoryWalk.everything(under: folder.path).filter { $0.kind == .folder }.map { PathKey($0.path) })
    }

    @Test func twinFoldersAndFilesAreCopiedAndRemovedApart() async throws {
        let site = try HostileSite()
        try site.write("content/one.md", "---\ntitle: One\ndate: 2025-01-01\n---\nFirst.\n")
        try site.write("static/\(Self.composed)/x.txt", "composed folder")
        try site.write("static/\(Self.decomposed)/y.txt", "decomposed folder")
        try site.write("static/\(Self.composed).txt", "composed file")
        try site.write("static/\(Self.decomposed).txt", "decomposed file")
        let built = await site.build()
        #expect(built.status == 0, "\(built.err)")
        let output = site.site.appendingPathComponent("public")
        var files = Self.files(output)
        #expect(files[PathKey("\(Self.composed)/x.txt")] == Data("composed folder".utf8))
        #expect(files[PathKey("\(Self.decomposed)/y.txt")] == Data("decomposed folder".utf8))
        #expect(files[PathKey("\(Self.composed).txt")] == Data("composed file".utf8))
        #expect(files[PathKey("\(Self.decomposed).txt")] == Data("decomposed file".utf8))

        // A rebuild first, so that the spare, the output before the last, holds both folders
        // when one of them goes: only a spare's stale folders are looked for.
        try site.write("content/one.md", "---\ntitle: One\ndate: 2025-01-01\n---\nAgain.\n")
        let again = await site.build()
        #expect(again.status == 0, "\(again.err)")
        #expect(Self.folders(output).isSuperset(of: [PathKey(Self.composed), PathKey(Self.decomposed)]))

        // One of each pair goes; each later build (the spare is the output before the last)
        // leaves the output as a clean build makes it, folders too: with the twins one key,
        // the empty `café/` that went stayed, as its decomposed twin is still needed.
        try site.remove("static/\(Self.composed)")
        try site.remove("static/\(Self.decomposed).txt")
        for text in ["Second.", "Third.", "Fourth."] {
            try site.write("content/one.md", "---\ntitle: One\ndate: 2025-01-01\n---\n\(text)\n")
            let rebuilt = await site.build()
            #expect(rebuilt.status == 0, "\(rebuilt.err)")
            files = Self.files(output)
            #expect(files[PathKey("\(Self.composed)/x.txt")] == nil, "after \(text)")
            #expect(files[PathKey("\(Self.decomposed).txt")] == nil, "after \(text)")
            #expect(files[PathKey("\(Self.decomposed)/y.txt")] == Data("decomposed folder".utf8))
            #expect(files[PathKey("\(Self.composed).txt")] == Data("composed file".utf8))
            let folders = Self.folders(output)
            #expect(!folders.contains(PathKey(Self.composed)), "after \(text)")
            #expect(folders.contains(PathKey(Self.decomposed)), "after \(text)")
        }
        let clean = await site.build(output: "clean")
        #expect(clean.status == 0, "\(clean.err)")
        #expect(files == Self.files(site.scratch.url("clean")))
        #expect(Self.folders(output) == Self.folders(site.scratch.url("clean")))
    }

    /// Builds `scratch`'s site into `out`, reporting to a recorder; returns the stages it reported.
    static func build(_ scratch: Scratch, out: String = "out") async throws -> [BuildStage] {
        let recorder = BuildProgressTests.Recorder()
        var builder = SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url(out))
        builder.observer = recorder
        _ = try await builder.build()
        return recorder.stages
    }

    static func inode(_ url: URL) -> UInt64 {
        var info = stat()
        return lstat(url.path, &info) == 0 ? UInt64(info.st_ino) : 0
    }

    /// The manifest keeps one record for each twin: keyed by `String`, the two were one record,
    /// one fewer than the files the build wrote, so no later build found its output intact, and
    /// every build, with nothing changed, rendered the whole site again and swapped it in.
    @Test func twinStaticFilesLetASecondBuildFindNothingChanged() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/one.md", "---\ntitle: One\ndate: 2025-01-01\n---\nFirst.\n")
        try scratch.write("site/static/\(Self.composed).txt", "composed file")
        try scratch.write("site/static/\(Self.decomposed).txt", "decomposed file")
        #expect(try await Self.build(scratch) == [.load, .render, .pages, .write])
        let output = scratch.url("out")
        let before = Self.inode(output)
        #expect(try await Self.build(scratch) == [.load], "nothing changed, nothing made")
        #expect(Self.inode(output) == before, "the output was not replaced")
        let files = Self.files(output)
        #expect(files[PathKey("\(Self.composed).txt")] == Data("composed file".utf8))
        #expect(files[PathKey("\(Self.decomposed).txt")] == Data("decomposed file".utf8))
        let cache = scratch.url("site/\(BuildCache.folderName)")
        let manifest = OutputManifest.load(from: OutputManifest.url(in: cache, for: output))
        #expect(manifest.records.count == files.count)
    }

    /// A top-level entry the user put in the output is theirs though its name is canonically
    /// equivalent to one brief writes: compared as `String`s, the user's decomposed `café.txt`
    /// was taken for brief's composed one and went with the old tree.
    @Test func aUsersTwinOfBriefsTopLevelEntryIsKept() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/one.md", "---\ntitle: One\ndate: 2025-01-01\n---\nFirst.\n")
        try scratch.write("site/static/\(Self.composed).txt", "brief's")
        try scratch.write("site/static/\(Self.composed)/x.txt", "brief's folder")
        _ = try await Self.build(scratch)
        try scratch.write("out/\(Self.decomposed).txt", "the user's")
        try scratch.write("out/\(Self.decomposed)/y.txt", "the user's folder")
        // A change, so the build makes a new tree and carries the user's entries into it.
        try scratch.write("site/content/one.md", "---\ntitle: One\ndate: 2025-01-01\n---\nSecond.\n")
        _ = try await Self.build(scratch)
        let files = Self.files(scratch.url("out"))
        #expect(files[PathKey("\(Self.decomposed).txt")] == Data("the user's".utf8))
        #expect(files[PathKey("\(Self.decomposed)/y.txt")] == Data("the user's folder".utf8))
        #expect(files[PathKey("\(Self.composed).txt")] == Data("brief's".utf8))
        #expect(files[PathKey("\(Self.composed)/x.txt")] == Data("brief's folder".utf8))
        #expect(try scratch.read("out/briefings/one/index.html").contains("Second."))
    }
}
