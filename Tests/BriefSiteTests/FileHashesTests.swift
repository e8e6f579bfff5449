import BriefTestSupport
import BriefContent
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import BriefSite

/// The input fingerprint reuses a file's hash only while the file provably did not change.
@Suite("Input file hashes kept between builds")
struct FileHashesTests {
    static func fingerprint(_ site: URL, known: FileHashes?) -> InputFingerprint.Hashing {
        InputFingerprint.hashWithFiles(siteDirectory: site, includeDrafts: false, known: known)
    }

    /// A table as if taken `seconds` after now, so files written by the test are past the racy window.
    static func aged(_ table: FileHashes, by seconds: UInt64 = 10) -> FileHashes {
        var table = table
        table.taken += seconds * 1_000_000_000
        return table
    }

    @Test func unchangedFilesAreNotReadAgainAndTheHashIsTheSame() throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        let first = Self.fingerprint(site, known: nil)
        #expect(first.hashes.filesRead == first.hashes.entries.count)
        let second = Self.fingerprint(site, known: Self.aged(first.hashes))
        #expect(second.hashes.filesRead == 0)
        #expect(second.value == first.value)
        #expect(second.files == first.files)
    }

    @Test func filesChangedJustBeforeTheHashesWereTakenAreReadAgain() throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        let first = Self.fingerprint(site, known: nil)
        // Taken right after the files were written: every one of them is within the racy window.
        let second = Self.fingerprint(site, known: first.hashes)
        #expect(second.hashes.filesRead == first.hashes.entries.count)
    }

    /// An edit that restores the file's size and modification time still changes its status-change
    /// time, which nothing can set by hand: the file is read and the change seen.
    @Test func anEditKeepingSizeAndModificationTimeIsSeen() throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        let first = Self.fingerprint(site, known: nil)
        let known = Self.aged(first.hashes)
        let path = try #require(first.files.keys.map(\.path).sorted().first { $0.hasSuffix(".md") && $0.hasPrefix("content/") })
        let url = site.appendingPathComponent(path)
        var before = stat()
        #expect(lstat(url.path, &before) == 0)
        var bytes = [UInt8](try Data(contentsOf: url))
        let index = try #require(bytes.lastIndex { $0 >= UInt8(ascii: "a") && $0 < UInt8(ascii: "z") })
        bytes[index] += 1
        // Status-change times can tick coarsely: make sure this edit lands on a later tick.
        Thread.sleep(forTimeInterval: 0.05)
        // Written in place (same inode), then the modification time set back to the nanosecond.
        let handle = try FileHandle(forWritingTo: url)
        try handle.write(contentsOf: Data(bytes))
        try handle.close()
        let times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, url.path, times, 0) == 0)
        var after = stat()
        #expect(lstat(url.path, &after) == 0)
        #expect(after.st_ino == before.st_ino && after.st_size == before.st_size)
        #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        let second = Self.fingerprint(site, known: known)
        #expect(second.hashes.filesRead == 1)
        #expect(second.files[PathKey(path)] != first.files[PathKey(path)])
        #expect(second.value != first.value)
    }

    @Test func theTableSurvivesASaveAndDamageIsIgnored() throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        let folder = scratch.url("cache")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let table = Self.fingerprint(site, known: nil).hashes
        table.save(to: folder)
        let loaded = try #require(FileHashes.load(from: folder))
        #expect(loaded.taken == table.taken)
        #expect(loaded.entries.count == table.entries.count)
        for (path, entry) in table.entries {
            #expect(loaded.entries[path]?.hash == entry.hash)
            #expect(loaded.entries[path]?.identity == entry.identity)
        }
        let file = folder.appendingPathComponent(FileHashes.fileName)
        var bytes = [UInt8](try Data(contentsOf: file))
        bytes[bytes.count / 2] ^= 0x40
        try Data(bytes).write(to: file)
        #expect(FileHashes.load(from: folder) == nil)
    }
}
