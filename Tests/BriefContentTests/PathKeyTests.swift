import Testing
@testable import BriefContent

@Suite("Paths as dictionary keys")
struct PathKeyTests {
    /// Compared and hashed by bytes: a composed and a decomposed name are two files, equal
    /// paths (small inline strings and long heap ones) are one key whatever made them.
    @Test func pathsAreKeyedByTheirBytes() {
        let composed = "briefings/caf\u{E9}/index.html", decomposed = "briefings/cafe\u{301}/index.html"
        #expect(composed == decomposed, "String compares by canonical equivalence")
        #expect(PathKey(composed) != PathKey(decomposed))
        let long = "briefings/a-rather-long-slug-of-a-briefing-about-“quotes”/index.html"
        for path in ["", "a.md", "index.html", long, composed] {
            let rebuilt = String(decoding: Array(path.utf8), as: UTF8.self)
            #expect(PathKey(path) == PathKey(rebuilt))
            #expect(PathKey(path).hashValue == PathKey(rebuilt).hashValue)
        }
        #expect(PathKey("a.md") != PathKey("a.mdx") && PathKey("b.md") != PathKey("a.md"))
        var table: [PathKey: Int] = [PathKey(composed): 1, PathKey(decomposed): 2, PathKey(long): 3]
        table[PathKey(String(decoding: Array(long.utf8), as: UTF8.self))] = 4
        #expect(table.count == 3 && table[PathKey(long)] == 4 && table[PathKey(decomposed)] == 2)
    }
}
