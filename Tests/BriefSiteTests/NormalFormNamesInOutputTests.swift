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
}
