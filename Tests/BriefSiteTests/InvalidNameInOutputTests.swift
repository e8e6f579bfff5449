import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite
#if canImport(Glibc)
import Glibc
#endif

/// An entry whose name is not valid UTF-8 (a Latin-1 name copied in by hand) put in the output
/// follows the output's rule for any other entry: at its top, it is the user's and kept by every
/// later build (brief writes no such name, so it is the user's even with no manifest); inside a
/// folder brief wrote, it is a stale file and goes. Foundation listed such a name with U+FFFD for
/// the byte: a top-level one could not be moved aside, and failed every changed build; a nested
/// one was unlinked by its escaped path, which names no file, and came back in every other output.
@Suite("Names that are not valid UTF-8 in the output")
struct InvalidNameInOutputTests {
    /// Whether an entry of the name `bytes` is in the folder at `folder`.
    static func has(_ folder: URL, _ bytes: [UInt8]) -> Bool {
        var info = stat()
        return lstat(FolderName(bytes: bytes).path(in: folder.path), &info) == 0
    }

    /// Makes a file (or a folder holding one) of the name `bytes` in `folder`.
    static func make(_ folder: URL, _ bytes: [UInt8], isFolder: Bool) {
        let path = FolderName(bytes: bytes).path(in: folder.path)
        if isFolder {
            #expect(mkdir(path, 0o755) == 0)
            #expect(creat(FolderName(bytes: bytes + Array("/inner.txt".utf8)).path(in: folder.path), 0o644) >= 0)
        } else {
            #expect(creat(path, 0o644) >= 0)
        }
    }

    private func builtSite() async throws -> HostileSite {
        let site = try HostileSite()
        try site.write("content/one.md", "---\ntitle: One\ndate: 2025-01-01\n---\nFirst.\n")
        #expect(await site.build().status == 0)
        return site
    }

    private func edit(_ site: HostileSite, _ text: String) throws {
        try site.write("content/one.md", "---\ntitle: One\ndate: 2025-01-01\n---\n\(text)\n")
    }

    static let strayFile: [UInt8] = Array("stray".utf8) + [0xFF] + Array(".txt".utf8)
    static let strayFolder: [UInt8] = Array("d".utf8) + [0xFE]

    @Test func atTheTopItIsTheUsersAndKept() async throws {
        let site = try await builtSite()
        let output = site.site.appendingPathComponent("public")
        Self.make(output, Self.strayFile, isFolder: false)
        Self.make(output, Self.strayFolder, isFolder: true)
        for text in ["Second.", "Third.", "Fourth."] {
            try edit(site, text)
            let built = await site.build()
            #expect(built.status == 0, "\(built.err)")
            #expect(Self.has(output, Self.strayFile), "after \(text)")
            #expect(Self.has(output, Self.strayFolder + Array("/inner.txt".utf8)), "after \(text)")
        }
        // With no manifest brief cannot tell its files from the user's, but it writes no such name.
        try FileManager.default.removeItem(at: site.site.appendingPathComponent(".brief-cache"))
        try edit(site, "Fifth.")
        #expect(await site.build().status == 0)
        #expect(Self.has(output, Self.strayFile))
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.site.path)
        #expect(!beside.contains { $0.contains(".brief-keep-") }, "\(beside)")
    }

    @Test func insideAFolderBriefWroteItIsStaleAndGoes() async throws {
        let site = try await builtSite()
        let output = site.site.appendingPathComponent("public")
        let briefings = output.appendingPathComponent("briefings")
        Self.make(briefings, Self.strayFile, isFolder: false)
        Self.make(briefings, Self.strayFolder, isFolder: true)
        // A plain stray beside them goes the same way (the rule they now follow).
        try site.write("public/briefings/plain.txt", "stray")
        // Each build's new tree is the one before the last (the spare): a stray left in it came back.
        for text in ["Second.", "Third.", "Fourth."] {
            try edit(site, text)
            let built = await site.build()
            #expect(built.status == 0, "\(built.err)")
            #expect(!Self.has(briefings, Self.strayFile), "after \(text)")
            #expect(!Self.has(briefings, Self.strayFolder), "after \(text)")
            #expect(!FileManager.default.fileExists(atPath: briefings.appendingPathComponent("plain.txt").path))
        }
        #expect(try site.leftovers().isEmpty)
    }
}
