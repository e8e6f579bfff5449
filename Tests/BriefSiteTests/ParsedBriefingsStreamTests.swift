import BriefContent
import Foundation
import Testing
@testable import BriefSite

/// Without a sound `parsed.bin` to start from, the memo writes every entry into a new file as
/// the briefing is parsed (`ParsedBriefings.remember`) and `save` renames it in: nothing of it
/// waits in memory, and a memo let go without `save` leaves nothing behind.
@Suite("Parsed briefings written as parsed")
struct ParsedBriefingsStreamTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parsed-stream-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func briefing(_ index: Int, bodyBytes: Int) -> (Briefing, [UInt8]) {
        let body = String(repeating: "Paris spoke \(index). ", count: bodyBytes / 16 + 1)
        let made = Briefing(path: "content/b\(index).md", format: .markdown, slug: "b\(index)", title: "B \(index)", markdown: body)
        return (made, Array("---\ntitle: B \(index)\n---\n\(body)".utf8))
    }

    private func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func entriesAreOnDiskBeforeSaveAndAllReadBackAfter() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memo = ParsedBriefings(folder: folder)
        // About 3 MB in all: more than the file's buffer holds, so most is written before `save`.
        let made = (0..<60).map { briefing($0, bodyBytes: 50_000) }
        for (briefing, bytes) in made {
            bytes.withUnsafeBytes { memo.remember(briefing, path: briefing.path, bytes: $0) }
        }
        let before = try names(in: folder)
        #expect(!before.contains(ParsedBriefings.fileName), "not renamed in before save")
        let temp = try #require(before.first { $0.hasPrefix(ParsedBriefings.fileName + ".tmp-") })
        let written = try #require(try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(temp).path)[.size] as? Int)
        #expect(written > 2_000_000, "entries written as they were made, not held until save")
        #expect(memo.save() == nil)
        #expect(try names(in: folder) == [ParsedBriefings.fileName], "renamed in, no temp file left")
        let reread = ParsedBriefings(folder: folder)
        for (briefing, bytes) in made {
            #expect(bytes.withUnsafeBytes { reread.briefing(path: briefing.path, bytes: $0) } == briefing)
        }
        // A rebuild that parses one new briefing appends it to the file it read, as before.
        let (extra, extraBytes) = briefing(99, bodyBytes: 100)
        extraBytes.withUnsafeBytes { reread.remember(extra, path: extra.path, bytes: $0) }
        #expect(reread.save() == nil)
        let third = ParsedBriefings(folder: folder)
        #expect(extraBytes.withUnsafeBytes { third.briefing(path: extra.path, bytes: $0) } == extra)
        #expect(made[0].1.withUnsafeBytes { third.briefing(path: made[0].0.path, bytes: $0) } == made[0].0)
    }

    @Test func aMemoLetGoWithoutSaveLeavesNothing() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let memo = ParsedBriefings(folder: folder)
            for index in 0..<30 {
                let (briefing, bytes) = briefing(index, bodyBytes: 60_000)
                bytes.withUnsafeBytes { memo.remember(briefing, path: briefing.path, bytes: $0) }
            }
            #expect(try !names(in: folder).isEmpty, "written while parsed")
        }
        #expect(try names(in: folder).isEmpty)
        #expect(ParsedBriefings(folder: folder).sourceKeys().isEmpty)
    }

    /// A failed first build leaves no cache folder: the memo made it, and removes it (empty)
    /// when let go without `save`. A folder that was there before stays.
    @Test func aMemoLetGoWithoutSaveRemovesTheFolderItMade() throws {
        let parent = try folder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let cache = parent.appendingPathComponent("cache")
        for existed in [false, true] {
            if existed { try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true) }
            do {
                let memo = ParsedBriefings(folder: cache)
                let (briefing, bytes) = briefing(1, bodyBytes: 1_000)
                bytes.withUnsafeBytes { memo.remember(briefing, path: briefing.path, bytes: $0) }
                #expect(FileManager.default.fileExists(atPath: cache.path))
            }
            #expect(FileManager.default.fileExists(atPath: cache.path) == existed)
            if existed { #expect(try names(in: cache).isEmpty) }
        }
    }

    /// A damaged file is not started from: the new file replaces it whole.
    @Test func aDamagedFileIsReplacedByTheEntriesOfThisBuild() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("not a parsed-briefings file at all".utf8).write(to: folder.appendingPathComponent(ParsedBriefings.fileName))
        let memo = ParsedBriefings(folder: folder)
        let (made, bytes) = briefing(1, bodyBytes: 1_000)
        #expect(bytes.withUnsafeBytes { memo.briefing(path: made.path, bytes: $0) } == nil)
        bytes.withUnsafeBytes { memo.remember(made, path: made.path, bytes: $0) }
        #expect(memo.save() == nil)
        #expect(memo.save() == nil, "a second save has nothing more to do")
        #expect(try names(in: folder) == [ParsedBriefings.fileName])
        #expect(bytes.withUnsafeBytes { ParsedBriefings(folder: folder).briefing(path: made.path, bytes: $0) } == made)
    }
}
