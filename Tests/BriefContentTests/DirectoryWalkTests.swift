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
}
