import BriefAnnotate
import BriefContent
import BriefTemplate
import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// The shortcuts the site pages take (names picked by length, quotes found by index, links made
/// once per page root, entities.json keyed by entity numbers) show what the long way showed.
@Suite("Site pages' shortcuts")
struct SitePagesShortcutsTests {
    /// What a template value shows, for comparing (`missing` as nil).
    static func shown(_ value: TemplateValue) -> String? {
        switch value {
        case .missing: nil
        case .bool(let flag): "bool:\(flag)"
        case .int(let number): "int:\(number)"
        case .text(let text): "text:\(text)"
        case .utf8Text(let bytes): "text:\(String(decoding: bytes, as: UTF8.self))"
        case .object: "object"
        case .list: "list"
        }
    }

    @Test func aQuoteViewAnswersEachNameAndNoNameOfTheSameLength() {
        let view = QuoteView(
            QuoteSummary(number: 3, text: "We stay.", kind: .partial, speakerID: "anna-kestrel", speaker: "Anna Kestrel"),
            briefingHref: "../briefings/a/index.html", briefingTitle: "A title", date: "2 March 2025", dateISO: "2025-03-02",
            isOnBriefingPage: false, speakerHref: "../entities/anna-kestrel/index.html")
        let expected: [String: String] = [
            "text": "text:We stay.", "kind": "text:partial", "anchor": "text:q-3", "href": "text:../briefings/a/index.html#q-3",
            "briefingTitle": "text:A title", "briefingHref": "text:../briefings/a/index.html", "date": "text:2 March 2025",
            "dateISO": "text:2025-03-02", "speaker": "text:Anna Kestrel", "speakerHref": "text:../entities/anna-kestrel/index.html",
        ]
        for (name, value) in expected { #expect(Self.shown(view.value(named: name)) == value, "\(name)") }
        // Names of the same lengths as real ones, and lengths none has.
        for name in ["texx", "Date", "anchors", "speakerHrefs", "briefingTitlE", "", "q", "speakerhref", "dateIso"] {
            #expect(Self.shown(view.value(named: name)) == nil, "\(name)")
        }
    }

    @Test func anEntityLinkViewAnswersEachNameAndNoNameOfTheSameLength() {
        let context = PageContext(kind: "briefing", path: "briefings/a/index.html", baseURL: "")
        let view = EntityLinkView(id: "kyiv", name: "Kyiv", type: .place, count: 1, from: context)
        let expected: [String: String] = [
            "id": "text:kyiv", "name": "text:Kyiv", "href": "text:../../entities/kyiv/index.html", "typeClass": "text:place",
            "typeLabel": "text:Place", "count": "int:1", "countIsOne": "bool:true",
        ]
        for (name, value) in expected { #expect(Self.shown(view.value(named: name)) == value, "\(name)") }
        for name in ["ix", "nama", "counts", "typeclass", "countIsTwo", "", "typeLabels"] {
            #expect(Self.shown(view.value(named: name)) == nil, "\(name)")
        }
    }

    @Test func aPageContextAndACardAnswerEachNameAndNoNameOfTheSameLength() {
        let context = PageContext(kind: "tag", path: "tags/x/index.html", baseURL: "https://example.org")
        let expectedContext: [String: String] = [
            "kind": "text:tag", "path": "text:tags/x/index.html", "root": "text:../../", "home": "text:../../index.html",
            "stylesheet": "text:../../assets/brief.css", "canonicalURL": "text:https://example.org/tags/x/",
        ]
        for (name, value) in expectedContext { #expect(Self.shown(context.value(named: name)) == value, "\(name)") }
        for name in ["roots", "Root", "stylesheeT", "canonicalUrl", "", "x"] { #expect(Self.shown(context.value(named: name)) == nil, "\(name)") }

        var summary = BriefingSummary(
            briefing: Briefing(path: "content/a.md", format: .markdown, slug: "a", title: "A title", markdown: "Text."), summary: "About a.")
        summary.source = "Wire"
        summary.url = "https://example.org/a"
        summary.tags = ["Energy"]
        summary.date = PublicationDate(parsing: "2025-03-02")
        let card = BriefingCard(summary, from: context)
        let expectedCard: [String: String] = [
            "title": "text:A title", "href": "text:../../briefings/a/index.html", "date": "text:2 March 2025",
            "dateISO": "text:2025-03-02", "summary": "text:About a.", "source": "text:Wire", "url": "text:https://example.org/a",
            "tags": "list", "hasTags": "bool:true", "hasMeta": "bool:true",
        ]
        for (name, value) in expectedCard { #expect(Self.shown(card.value(named: name)) == value, "\(name)") }
        for name in ["uri", "hreF", "titles", "sources", "hasTag", "summarY", "", "datesISO"] {
            #expect(Self.shown(card.value(named: name)) == nil, "\(name)")
        }
    }

    /// One briefing's quotes on two quotes pages (different depths): each page links to the
    /// briefing from its own folder, the link made for one page not reused on the other.
    @Test func aBriefingsQuotesOnTwoPagesLinkFromEachPagesFolder() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\npaginate: 1\n")
        var anna = "---\ntitle: Anna\ndate: 2025-03-02\n---\n"
        for n in 1...6 { anna += "“We will act on point \(n),” Anna Kestrel said.\n\n" }
        for n in 1...6 { anna += "“Nothing was agreed on item \(n),” Boris Lindqvist said.\n\n" }
        try scratch.write("site/content/anna.md", anna)
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()

        let first = try scratch.read("out/quotes/index.html")
        let second = try scratch.read("out/quotes/page/2/index.html")
        let links = { (page: String, prefix: String) in page.components(separatedBy: "href=\"\(prefix)briefings/anna/index.html#q-").count - 1 }
        // Ten quotes on page 1 (Anna's six, Boris's first four), two on page 2.
        #expect(links(first, "../") == 10 && links(first, "../../../") == 0)
        #expect(links(second, "../../../") == 2 && links(second, "../") == 0)
    }

    /// Two briefings swap who they mention and who they quote, every count staying the same:
    /// entities.json (each entity's briefings and quotes) follows in a rebuild as in a clean build.
    @Test func entitiesJSONFollowsSwappedMentionsAndSpeakers() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        func write(_ a: String, _ b: String) throws {
            try scratch.write("site/content/a.md", "---\ntitle: A\ndate: 2025-03-02\n---\n“We will act,” \(a) said.\n")
            try scratch.write("site/content/b.md", "---\ntitle: B\ndate: 2025-03-01\n---\n“Nothing was agreed,” \(b) said.\n")
        }
        try write("Anna Kestrel", "Boris Lindqvist")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let before = try scratch.read("out/data/entities.json")
        try write("Boris Lindqvist", "Anna Kestrel")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let rebuilt = try scratch.read("out/data/entities.json")
        try FileManager.default.removeItem(at: scratch.url("site").appendingPathComponent(BuildCache.folderName))
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("clean")).build()
        let clean = try scratch.read("clean/data/entities.json")
        #expect(rebuilt != before)
        #expect(rebuilt == clean)
        let anna = try #require(clean.components(separatedBy: "},{").first { $0.contains("\"id\":\"anna-kestrel\"") })
        #expect(anna.contains("\"briefings\":[\"b\"]") && anna.contains("\"quotes\":[\"b-q-1\"]"), "\(clean)")
    }
}
