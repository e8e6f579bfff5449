import Testing
@testable import BriefSite

/// `PathBytes` compares by bytes (`memcmp` in place): slices of different paths at different
/// offsets, names in two normal forms, prefixes and the empty path.
@Suite("Path bytes")
struct PathBytesTests {
    @Test func slicesAreEqualByTheirBytesWhereverTheyStart() {
        let page = "briefings/2025/caf\u{E9}/index.html"
        let folder = "x/briefings/2025/caf\u{E9}"
        let fromPage = page[..<page.lastIndex(of: "/")!]
        let fromFolder = folder[folder.index(folder.startIndex, offsetBy: 2)...]
        #expect(PathBytes(fromPage) == PathBytes(fromFolder))
        #expect(Set([PathBytes(fromPage), PathBytes(fromFolder)]).count == 1)
        #expect(PathBytes("") == PathBytes(page[page.endIndex...]))
        #expect(PathBytes("") == PathBytes(page[..<page.startIndex]))
        // A prefix is kept as its string's start; its path is the slice's bytes, no more.
        #expect(Array(PathBytes(fromPage).path.utf8) == Array("briefings/2025/caf\u{E9}".utf8))
        #expect(Array(PathBytes(fromFolder).path.utf8) == Array(fromFolder.utf8))
        #expect(PathBytes(fromPage) == PathBytes(String(fromPage)))
        #expect(PathBytes(fromPage) != PathBytes(page))
    }

    @Test func namesThatDifferInNormalFormOrLengthAreTwo() {
        let composed = PathBytes("static/caf\u{E9}"), decomposed = PathBytes("static/cafe\u{301}")
        #expect(composed != decomposed)
        #expect(Set([composed, decomposed]).count == 2)
        #expect(PathBytes("static/caf") != PathBytes("static/cafe"))
        #expect(PathBytes("a/b") != PathBytes("a/c"))
        #expect(PathBytes("") != PathBytes("a"))
    }

    /// The last slash found over the bytes is the one the UTF-8 view finds, in whole strings and
    /// in slices of longer ones, with and without slashes, and after non-ASCII names.
    @Test(arguments: ["", "/", "index.html", "briefings/a/index.html", "tags/zürich/", "/top", "a//b", "entities/“x”/page/2/index.html"])
    func lastSlashIsTheViewsLastSlash(path: String) {
        let whole = path[...]
        #expect(PathBytes.lastSlash(in: whole) == whole.utf8.lastIndex(of: UInt8(ascii: "/")))
        let longer = "x/" + path + "/tail"
        let start = longer.utf8.index(longer.startIndex, offsetBy: 2)
        let end = longer.utf8.index(start, offsetBy: path.utf8.count)
        let slice = longer[start..<end]
        #expect(slice == whole)
        #expect(PathBytes.lastSlash(in: slice) == slice.utf8.lastIndex(of: UInt8(ascii: "/")))
    }

    /// The folders `forEachFolder` hands over are the ones a walk from slash to slash over the
    /// path's view finds, deepest first, and it stops where told to.
    @Test(arguments: ["", "/", "index.html", "briefings/a/index.html", "tags/zürich/", "/top", "a//b", "entities/“x”/page/2/index.html"])
    func foldersAreTheSlashWalksFolders(path: String) {
        var expected: [String] = []
        var rest = path[...]
        while let slash = rest.utf8.lastIndex(of: UInt8(ascii: "/")) {
            rest = rest[..<slash]
            expected.append(String(rest))
        }
        var found: [PathBytes] = []
        PathBytes.forEachFolder(of: path) { found.append($0); return true }
        #expect(found == expected.map(PathBytes.init))
        #expect(found.map { String($0.path) } == expected)
        var first: [PathBytes] = []
        PathBytes.forEachFolder(of: path) { first.append($0); return false }
        #expect(first == Array(expected.prefix(1)).map(PathBytes.init))
    }
}
