import BriefTestSupport
import Foundation
import Testing
@testable import BriefContent
#if canImport(Glibc)
import Glibc
#endif

@Suite("Directory walks")
struct DirectoryWalkTests {
    /// A walk lists folders without marking them read: a folder whose access time is older than
    /// its modification time (which `relatime` would update on the first read) keeps it.
    @Test func aWalkLeavesFolderAccessTimesAlone() throws {
        #if os(Linux)
        let scratch = try Scratch()
        try scratch.write("tree/a/one.md", "one")
        try scratch.write("tree/b/c/two.md", "two")
        let folders = ["tree", "tree/a", "tree/b", "tree/b/c"].map { scratch.url($0).path }
        // Access an hour before modification, for each folder.
        for folder in folders {
            var info = stat()
            #expect(stat(folder, &info) == 0)
            var times = [timespec(tv_sec: info.st_mtim.tv_sec - 3_600, tv_nsec: 0), info.st_mtim]
            #expect(utimensat(AT_FDCWD, folder, &times, 0) == 0)
        }
        let listed = DirectoryWalk.everything(under: scratch.url("tree").path)
        #expect(Set(listed.map(\.path)) == ["a", "a/one.md", "b", "b/c", "b/c/two.md"])
        #expect(DirectoryWalk.entries(under: scratch.url("tree").path, skipHidden: true).map(\.path) == ["a/one.md", "b/c/two.md"])
        for folder in folders {
            var info = stat()
            #expect(stat(folder, &info) == 0)
            #expect(info.st_atim.tv_sec == info.st_mtim.tv_sec - 3_600, "\(folder) was marked read")
        }
        #endif
    }

    /// Special files (a FIFO here) and folders are listed only when asked for, with their kinds;
    /// a FIFO is never opened (the walk would wait for a writer).
    /// A name that is not valid UTF-8 is listed as such (`invalidName`, its bad bytes shown as
    /// `\xHH`), a folder of one not walked into, in every walk: never with U+FFFD in place of
    /// the byte, a name no file has (a folder of it was opened by that name, not found, and
    /// left out in silence).
    @Test func namesThatAreNotUTF8AreListedAsSuch() throws {
        let scratch = try Scratch()
        try scratch.write("tree/ok.md", "ok")
        let root = scratch.url("tree").path
        #expect(mkdir(root + "/d\u{E9}" , 0o755) == 0)
        let badFile = Array(root.utf8) + Array("/bad".utf8) + [0xFF] + Array(".txt".utf8) + [0]
        let badFolder = Array(root.utf8) + Array("/d\u{E9}/f".utf8) + [0xFE, 0]
        badFile.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { #expect(creat($0.baseAddress!, 0o644) >= 0) } }
        badFolder.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { #expect(mkdir($0.baseAddress!, 0o755) == 0) } }
        let entries = DirectoryWalk.entries(under: root, skipHidden: true, includeFolders: true, includeSpecial: true)
        #expect(entries.map(\.path) == ["bad\\xFF.txt", "d\u{E9}", "d\u{E9}/f\\xFE", "ok.md"])
        #expect(entries.map(\.kind) == [.invalidName, .folder, .invalidName, .file])
        #expect(Set(DirectoryWalk.everything(under: root).filter { $0.kind == .invalidName }.map(\.path)) == ["bad\\xFF.txt", "d\u{E9}/f\\xFE"])
        // Valid characters as they are, each byte of a bad sequence escaped.
        let shown = [UInt8]([0x61, 0xC3, 0xA9, 0xE2, 0x82, 0x41, 0x80]).withUnsafeBytes { DirectoryWalk.FolderEntries.displayName($0) }
        #expect(shown == "a\u{E9}\\xE2\\x82A\\x80")
    }

    /// A backslash in a name that is not valid UTF-8 is shown as `\\`: else the name holding
    /// the characters `\xE9` before a bad byte and the one holding the byte 0xE9 there were
    /// shown alike (`a\xE9\xFF`), in messages and as the walk's paths.
    @Test func aBackslashInAnInvalidNameIsEscaped() throws {
        let withBackslash: [UInt8] = Array("a\\xE9".utf8) + [0xFF]
        let withByte: [UInt8] = [0x61, 0xE9, 0xFF]
        #expect(withBackslash.withUnsafeBytes { DirectoryWalk.FolderEntries.displayName($0) } == "a\\\\xE9\\xFF")
        #expect(withByte.withUnsafeBytes { DirectoryWalk.FolderEntries.displayName($0) } == "a\\xE9\\xFF")
        let scratch = try Scratch()
        try scratch.write("tree/ok.md", "ok")
        let root = scratch.url("tree").path
        for name in [withBackslash, withByte] {
            let path = Array(root.utf8) + [UInt8(ascii: "/")] + name + [0]
            path.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { #expect(creat($0.baseAddress!, 0o644) >= 0) } }
        }
        let invalid = DirectoryWalk.entries(under: root, skipHidden: true, includeSpecial: true).filter { $0.kind == .invalidName }
        #expect(Set(invalid.map(\.path)) == ["a\\\\xE9\\xFF", "a\\xE9\\xFF"])
    }

    /// `enteredOnly` says a folder it cannot enter only as an `unreadable` entry, which only a
    /// walk with `includeSpecial` lists: asked for alone, it is refused, not ignored.
    @Test func enteredOnlyWithoutIncludeSpecialIsRefused() async {
        await #expect(processExitsWith: .failure) {
            _ = DirectoryWalk.entries(under: "/", skipHidden: true, enteredOnly: true, skipFolder: { _ in true })
        }
    }

    @Test func specialFilesAndFoldersAreListedOnlyWhenAsked() throws {
        #if os(Linux)
        let scratch = try Scratch()
        try scratch.write("tree/a.md/inner.md", "i")
        try scratch.write("tree/b.md", "b")
        #expect(mkfifo(scratch.url("tree/pipe.md").path, 0o644) == 0)
        let folder = scratch.url("tree").path
        #expect(DirectoryWalk.entries(under: folder, skipHidden: true).map(\.path) == ["a.md/inner.md", "b.md"])
        let all = DirectoryWalk.entries(under: folder, skipHidden: true, withStatus: true, includeFolders: true, includeSpecial: true)
        #expect(all.map(\.path) == ["a.md", "a.md/inner.md", "b.md", "pipe.md"])
        #expect(all.map(\.kind) == [.folder, .file, .file, .special])
        #expect(all[3].status != nil)
        #expect(!DirectoryWalk.everything(under: folder).contains { $0.path == "pipe.md" })
        #endif
    }

    /// A folder's entries, read in as many buffers as it takes (2,000 long names are more than
    /// one), are the folder's names exactly, with their kinds and inode numbers.
    @Test func aLargeFolderIsListedWhole() throws {
        let scratch = try Scratch()
        var expected: Set<String> = ["sub", "Zürich – ein sehr langer Name.md"]
        try scratch.write("big/Zürich – ein sehr langer Name.md", "z")
        try scratch.write("big/sub/inner.md", "i")
        for index in 0..<2_000 {
            let name = "briefing-with-a-rather-long-file-name-number-\(index).md"
            try scratch.write("big/\(name)", "")
            expected.insert(name)
        }
        let folder = scratch.url("big").path
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        let entries = try #require(DirectoryWalk.FolderEntries.read(descriptor))
        let names = entries.map(\.name).filter { $0 != "." && $0 != ".." }
        #expect(names.count == expected.count)
        #expect(Set(names) == expected)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder)) == expected)
        for entry in entries where entry.name == "sub" || entry.name.hasSuffix("-7.md") {
            var info = stat()
            #expect(lstat(folder + "/" + entry.name, &info) == 0)
            #expect(entry.inode == UInt64(info.st_ino))
            #expect(Int32(entry.type) == (entry.name == "sub" ? Int32(DT_DIR) : Int32(DT_REG)))
        }
        // The walk finds every file below, in path order.
        let walked = DirectoryWalk.entries(under: folder, skipHidden: true).map(\.path)
        #expect(walked.count == expected.count)
        #expect(walked == walked.sorted())
        #expect(walked.contains("sub/inner.md"))
    }

    /// Where a short read is taken for the end (`shortReadEnds`, on file systems that fill every
    /// read: the test's own temp folder is one on Linux CI, ext4 or tmpfs), a folder of more
    /// entries than one buffer holds is still read whole, and so is every folder of a tree walk.
    @Test func shortReadsEndAFolderOnlyWhereItIsWhole() throws {
        let scratch = try Scratch()
        var expected: Set<String> = ["one.md"]
        try scratch.write("tree/big/one.md", "1")
        for index in 0..<1_500 {
            let name = "page-with-a-long-name-so-that-the-folder-needs-several-reads-\(index)"
            try scratch.write("tree/big/\(name)/index.html", "")
            expected.insert(name)
        }
        try scratch.write("tree/small/index.html", "s")
        let folder = scratch.url("tree/big").path
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        let trusted = DirectoryWalk.FolderEntries.fillsEveryRead(descriptor)
        let entries = try #require(DirectoryWalk.FolderEntries.read(descriptor, shortReadEnds: trusted))
        #expect(Set(entries.map(\.name).filter { $0 != "." && $0 != ".." }) == expected)
        let listed = DirectoryWalk.everything(under: scratch.url("tree").path)
        // Folders: big, small and 1,500 pages'; files: one.md, small's page and 1,500 pages.
        #expect(listed.count == 3_004)
        #expect(Set(listed.filter { $0.kind == .file }.map(\.path)) == Set(
            ["big/one.md", "small/index.html"] + expected.filter { $0 != "one.md" }.map { "big/\($0)/index.html" }))
        var visited = 0
        DirectoryWalk.everything(under: scratch.url("tree").path) { _ in visited += 1 }
        #expect(visited == listed.count)
    }

    /// A file's contents come back byte for byte, whatever its size: empty, a few bytes, exactly
    /// the size the buffer is made for, and larger than it (a file that grows after its size is
    /// taken is read to its end the same way).
    @Test func contentsAreTheFilesBytes() throws {
        let scratch = try Scratch()
        for count in [0, 1, 13, 4_095, 4_096, 70_001] {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ count) }
            let url = scratch.url("file-\(count).bin")
            try Data(bytes).write(to: url)
            let read = try #require(DirectoryWalk.contents(of: url.path))
            #expect([UInt8](read) == bytes, "\(count) bytes")
        }
        #expect(DirectoryWalk.contents(of: scratch.url("missing.bin").path) == nil)
        #expect(DirectoryWalk.contents(of: scratch.root.path) == nil, "a folder is no file")
    }
}

