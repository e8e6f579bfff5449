import BriefTestSupport
import BriefContent
import Foundation
import Testing
@testable import BriefSite
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `feed.xml`, `sitemap.xml` and `robots.txt`.
@Suite("Feeds")
struct FeedTests {
    /// Element texts of an XML document by element name, or nil when it is not well-formed.
    final class Collector: NSObject, XMLParserDelegate {
        var texts: [String: [String]] = [:]
        var attributes: [String: [[String: String]]] = [:]
        private var stack: [String] = []
        private var buffer = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            stack.append(name)
            buffer = ""
            self.attributes[name, default: []].append(attributes)
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            texts[name, default: []].append(buffer)
            buffer = ""
            stack.removeLast()
        }

        static func parse(_ xml: String) -> Collector? {
            let parser = XMLParser(data: Data(xml.utf8))
            let collector = Collector()
            parser.delegate = collector
            return parser.parse() ? collector : nil
        }
    }

    static let hostileTitles = [
        "<script>alert(1)</script>",
        "Ends a CDATA ]]> section & more",
        "Quotes \"double\" and 'single' & <b>tags</b>",
        "Control\u{01}char and \u{FFFE} non-char",
    ]

    static func summaries(_ titles: [String]) -> [BriefingSummary] {
        titles.enumerated().map { index, title in
            let briefing = Briefing(
                path: "content/\(index).md", format: .markdown, slug: "s\(index)", title: title,
                date: PublicationDate(parsing: "2025-0\(index + 1)-10 12:30"), tags: ["a&b"], source: "<Source>",
                url: "https://example.org/?a=1&b=2", summary: "Summary with <em> & ]]>", byline: nil, dateline: nil, markdown: "")
            return BriefingSummary(briefing: briefing, summary: briefing.summary)
        }
    }

    @Test func xmlTextKeepsPlainTextAndEscapesOrDropsTheRest() {
        let plain = "https://example.org/briefings/a-b/index.html"
        #expect(XMLText.escaped(plain) == plain)
        #expect(XMLText.escaped("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&apos;f")
        #expect(XMLText.escaped("x\u{1}y\u{FFFE}z\u{FFFF}\tépée – “q”") == "xyz\tépée – “q”")
        // U+FEFF also starts with 0xEF: kept.
        #expect(XMLText.escaped("\u{FEFF}ok") == "\u{FEFF}ok")
    }

    @Test func theFeedIsWellFormedWithHostileTitlesEscaped() throws {
        var config = SiteConfig()
        config.title = "Site <&> \"T\""
        config.baseURL = "https://brief.example.org/sub"
        let xml = AtomFeed(config: config, summaries: Self.summaries(Self.hostileTitles)).xml()
        let parsed = try #require(Collector.parse(xml), "feed.xml is not well-formed:\n\(xml)")
        let titles = parsed.texts["title"] ?? []
        #expect(titles.first == "Site <&> \"T\"")
        #expect(Array(titles.dropFirst()) == [
            "<script>alert(1)</script>", "Ends a CDATA ]]> section & more",
            "Quotes \"double\" and 'single' & <b>tags</b>", "Controlchar and  non-char",
        ])
        #expect(!xml.contains("<script>"))
        #expect(!xml.contains("]]>"))
        #expect(parsed.texts["id"]?.dropFirst().first == "https://brief.example.org/sub/briefings/s0/")
        #expect(parsed.texts["published"]?.first == "2025-01-10T12:30:00Z")
        // The feed's updated is the latest briefing's date.
        #expect(parsed.texts["updated"]?.first == "2025-04-10T12:30:00Z")
        #expect(parsed.texts["summary"]?.first == "Summary with <em> & ]]>")
        #expect(parsed.texts["name"]?.contains("<Source>") == true)
        let links = (parsed.attributes["link"] ?? []).compactMap { $0["href"] }
        #expect(links.contains("https://brief.example.org/sub/feed.xml"))
        #expect(links.contains("https://brief.example.org/sub/briefings/s3/"))
        #expect(links.contains("https://example.org/?a=1&b=2"))
    }

    @Test func theSampleSiteFeedSitemapAndRobotsAreConsistent() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        _ = try await SiteBuilder(siteDirectory: site, outputDirectory: scratch.url("out")).build()

        let feed = try #require(Collector.parse(try scratch.read("out/feed.xml")), "feed.xml is not well-formed")
        #expect((feed.texts["entry"] ?? []).count >= 6)
        #expect(!(feed.texts["updated"] ?? []).isEmpty)

        let sitemapText = try scratch.read("out/sitemap.xml")
        let sitemap = try #require(Collector.parse(sitemapText), "sitemap.xml is not well-formed")
        let locations = sitemap.texts["loc"] ?? []
        #expect(locations.first == "https://brief.example.org/")
        #expect(locations.allSatisfy { $0.hasPrefix("https://brief.example.org/") })
        #expect(locations.contains("https://brief.example.org/briefings/lavrov-alaska-summit/"))
        #expect(locations.contains("https://brief.example.org/tags/"))
        #expect(!locations.contains { $0.contains("404") })
        // Every page but 404.html is in the sitemap, and every entry is a page.
        let pages = try scratch.snapshot("out").keys.filter { $0.hasSuffix(".html") && $0 != "404.html" }
        #expect(locations.count == pages.count)
        for page in pages {
            #expect(locations.contains(SiteURL(baseURL: "https://brief.example.org/").address(of: page)), "\(page) not in the sitemap")
        }

        let robots = try scratch.read("out/robots.txt")
        #expect(robots.hasPrefix("User-agent: *\n"))
        #expect(robots.contains("\nSitemap: https://brief.example.org/sitemap.xml\n"))
        let home = try scratch.read("out/index.html")
        #expect(home.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"The Morning Brief\" href=\"feed.xml\">"))
    }

    @Test func withoutABaseURLThereIsNoSitemapAndTheFeedUsesURNs() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", "---\ntitle: A\n---\nText.\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        #expect(!scratch.exists("out/sitemap.xml"))
        let robots = try scratch.read("out/robots.txt")
        #expect(robots == "User-agent: *\nAllow: /\n")
        let feed = try #require(Collector.parse(try scratch.read("out/feed.xml")))
        #expect(feed.texts["id"] == ["urn:brief:site", "urn:brief:briefing:a"])
        #expect(feed.texts["updated"] == [AtomTimestamp.epoch, AtomTimestamp.epoch], "no dates: a fixed time, never the clock")
    }

    @Test(arguments: [
        ("index.html", "https://x.org/"),
        ("briefings/a/index.html", "https://x.org/briefings/a/"),
        ("feed.xml", "https://x.org/feed.xml"),
    ])
    func siteAddressesAreFoldersUnderTheBaseURL(path: String, expected: String) {
        #expect(SiteURL(baseURL: "https://x.org").address(of: path) == expected)
        #expect(SiteURL(baseURL: "https://x.org/").address(of: path) == expected)
    }
}
