import Testing
@testable import BriefContent

@Suite("Content paths relative to the site")
struct RelativePathTests {
    /// Paths under the site lose its prefix, found over their bytes; a `.` or `..` part or a
    /// doubled slash is resolved first; non-ASCII names and paths outside the site come out as
    /// the general way makes them.
    @Test(arguments: [
        ("/site/content/2025/a.md", "content/2025/a.md"),
        ("/site/content/zürich/“b”.md", "content/zürich/“b”.md"),
        ("/site/ünïcode/c.md", "ünïcode/c.md"),
        ("/site/content/./d.md", "content/d.md"),
        ("/site/content/x/../e.md", "content/e.md"),
        ("/site/content//f.md", "content/f.md"),
        ("/elsewhere/g.md", "/elsewhere/g.md"),
        ("/site", "/site"),
    ])
    func relativeToTheSite(path: String, expected: String) {
        #expect(ContentLoader.relativePath(fullPath: path, sitePrefix: "/site/") == expected)
    }

    @Test func standardizingIsFoundOverTheBytes() {
        for path in ["/a/b.md", "/a/.hidden", "/a//b", "a/../b", "/a/b./c", "", "/"] {
            let bytes = Array(path.utf8)
            let expected = zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: "/") && ($1 == UInt8(ascii: ".") || $1 == UInt8(ascii: "/")) }
            #expect(ContentLoader.mayNeedStandardizing(path) == expected, "\(path)")
        }
    }
}
