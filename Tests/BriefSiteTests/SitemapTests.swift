import Testing
@testable import BriefSite

/// `Sitemap`'s bytes, line by line: which paths are entries, their order and their addresses.
@Suite("Sitemap")
struct SitemapTests {
    static func lines(base: String, _ paths: [String]) -> [String] {
        let text = String(decoding: Sitemap(url: SiteURL(baseURL: base), paths: paths).bytes(), as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func pagesAreListedHomeFirstThenInPathOrderAsTheirFolders() {
        let lines = Self.lines(base: "https://example.org/news", [
            "tags/b/index.html", "404.html", "feed.xml", "briefings/é-day/index.html", "index.html",
            "about.html", "notes/xindex.html", "assets/brief.css", "briefings/a/index.html",
        ])
        #expect(lines == [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
            "  <url><loc>https://example.org/news/</loc></url>",
            "  <url><loc>https://example.org/news/about.html</loc></url>",
            "  <url><loc>https://example.org/news/briefings/a/</loc></url>",
            "  <url><loc>https://example.org/news/briefings/é-day/</loc></url>",
            "  <url><loc>https://example.org/news/notes/xindex.html</loc></url>",
            "  <url><loc>https://example.org/news/tags/b/</loc></url>",
            "</urlset>",
            "",
        ])
    }

    /// The base's `&` and a path's `'` become references, as `XMLText.escaped` makes them of the
    /// whole address.
    @Test func addressesAreEscapedAsAWhole() {
        let base = "https://example.org/a&b/"
        let lines = Self.lines(base: base, ["index.html", "tags/rock'n'roll/index.html", "tags/<x>/index.html"])
        #expect(lines[2] == "  <url><loc>https://example.org/a&amp;b/</loc></url>")
        #expect(lines[3] == "  <url><loc>\(XMLText.escaped(base + "tags/<x>/"))</loc></url>")
        #expect(lines[3].contains("a&amp;b/tags/&lt;x&gt;/"))
        #expect(lines[4] == "  <url><loc>https://example.org/a&amp;b/tags/rock&apos;n&apos;roll/</loc></url>")
        for (line, page) in zip(lines[2...4], ["index.html", "tags/<x>/index.html", "tags/rock'n'roll/index.html"]) {
            #expect(line == "  <url><loc>\(XMLText.escaped(SiteURL(baseURL: base).address(of: page)))</loc></url>")
        }
    }

    /// A path that is not ASCII is cut by `Character`s, as `SiteURL.address(of:)` cuts it: U+0600
    /// joins the `/` or `.` after it into one character.
    @Test func nonASCIIPathsAreCutAsSiteURLCutsThem() {
        let base = "https://example.org/"
        let paths = ["tags/\u{600}/index.html", "a\u{600}.html", "tags/é/index.html"]
        let lines = Self.lines(base: base, paths)
        let expected = paths.filter { $0.hasSuffix(".html") }.sorted().map {
            "  <url><loc>\(XMLText.escaped(SiteURL(baseURL: base).address(of: $0)))</loc></url>"
        }
        #expect(Array(lines[2..<(lines.count - 2)]) == expected)
        #expect(lines.contains("  <url><loc>https://example.org/tags/é/</loc></url>"))
        #expect(!lines.contains { $0.contains("a\u{600}.html") }, "U+0600 joins the dot: no `.html` ends it")
    }

    @Test func aSiteWithoutAHomePageStartsWithItsFirstPath() {
        let lines = Self.lines(base: "https://example.org/", ["b/index.html", "a.html"])
        #expect(lines[2] == "  <url><loc>https://example.org/a.html</loc></url>")
        #expect(lines[3] == "  <url><loc>https://example.org/b/</loc></url>")
        #expect(lines.count == 6)
    }
}
