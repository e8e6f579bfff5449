import BriefAnnotate
import BriefContent
import Foundation
import Testing
@testable import BriefSite

@Suite("Entity, entities and quotes pages")
struct EntityPagesTests {
    static let lavrov = EntityCount(id: "sergei-lavrov", name: "Sergei Lavrov", type: .person, count: 3)
    static let kyiv = EntityCount(id: "kyiv", name: "Kyiv", type: .place, count: 1)
    static let nato = EntityCount(id: "nato", name: "NATO", type: .org, count: 2)

    /// Two briefings (older first on disk, latest first in the model) with quotes by Lavrov and one unattributed.
    static func model() -> SiteModel {
        let older = SiteEntitiesTests.summary("older", date: "2025-01-01", [lavrov, kyiv], quotes: [
            QuoteSummary(number: 1, text: "Old words", kind: .full, speakerID: "sergei-lavrov", speaker: "Sergei Lavrov"),
            QuoteSummary(number: 2, text: "Nobody's words", kind: .partial),
        ])
        let newer = SiteEntitiesTests.summary("newer", date: "2025-06-01", [lavrov, nato], quotes: [
            QuoteSummary(number: 1, text: "New words", kind: .dash, speakerID: "sergei-lavrov", speaker: "Sergei Lavrov"),
        ])
        let note = SiteEntitiesTests.note("Sergei Lavrov", type: "PERSON", aliases: ["Sergey Lavrov"])
        var withBody = note
        withBody.body = "Foreign *minister*. <b>raw</b>\n"
        withBody.description = "Russia's foreign minister."
        let merge = SiteEntities(summaries: [older, newer], notes: [withBody])
        return SiteModel(briefings: [newer, older].map(merge.resolved), merge: merge)
    }

    static func pages() async throws -> [String: String] {
        let renderer = try PageRenderer(theme: .builtin)
        let config = SiteConfig()
        let pages = SitePages(site: SiteContext(config: config), config: config, renderer: renderer)
        let model = model()
        var files: [String: String] = [:]
        for file in await pages.entityPages(model) + SiteData.files(model) {
            files[file.path] = String(decoding: file.contents, as: UTF8.self)
        }
        return files
    }

    @Test func anEntityPageHasNameNoteQuotesBriefingsAndCompany() async throws {
        let page = try #require(try await Self.pages()["entities/sergei-lavrov/index.html"])
        let tags = HTMLTags.parse(page)
        #expect(page.contains("<h1 class=\"entity-name\">Sergei Lavrov</h1>"))
        #expect(tags.filter { $0.name == "h1" }.count == 1)
        #expect(page.contains("<span class=\"alias\">Sergey Lavrov</span>"))
        #expect(page.contains("Russia&#39;s foreign minister."))
        #expect(page.contains("<p>Foreign <em>minister</em>. &lt;b&gt;raw&lt;/b&gt;</p>"), "the note is Markdown, raw HTML escaped")
        // Quotes link back into their briefings' anchors, latest briefing first.
        let quoteLinks = tags.filter { $0.attributes["class"] == "quote-source" }.compactMap { $0.attributes["href"] }
        #expect(quoteLinks == ["../../briefings/newer/index.html#q-1", "../../briefings/older/index.html#q-1"])
        #expect(!page.contains("Nobody&#39;s words"))
        // Briefings that mention it, latest first.
        let cards = tags.filter { $0.name == "a" && $0.ancestors.contains("ol") && $0.attributes["class"] == nil }
            .compactMap { $0.attributes["href"] }.filter { $0.hasPrefix("../../briefings/") && !$0.contains("#") }
        #expect(cards == ["../../briefings/newer/index.html", "../../briefings/older/index.html"])
        // Seen with: NATO and Kyiv, one briefing each, by name.
        let related = tags.filter { $0.ancestors.contains("ul") && $0.attributes["class"]?.hasPrefix("entity entity-") == true }
        #expect(related.compactMap { $0.attributes["href"] } == ["../../entities/kyiv/index.html", "../../entities/nato/index.html"])
        // One page: no links between pages, no totals in the headings.
        #expect(!page.contains("class=\"pagination\"") && !page.contains("Quotes <span"))
    }

    @Test func theEntitiesIndexGroupsByTypeWithCounts() async throws {
        let page = try #require(try await Self.pages()["entities/index.html"])
        let headings = HTMLTags.parse(page).filter { $0.name == "h2" }.compactMap { $0.attributes["id"] }
        #expect(headings == ["group-person", "group-place", "group-org"])
        #expect(HTMLTags.text(of: page).contains("Sergei Lavrov 6 mentions"))
        #expect(page.contains("href=\"../entities/sergei-lavrov/index.html\""))
    }

    @Test func theQuotesPageHasEveryQuoteBySpeakerUnattributedLast() async throws {
        let page = try #require(try await Self.pages()["quotes/index.html"])
        let text = HTMLTags.text(of: page)
        for words in ["Old words", "New words", "Nobody&#39;s words"] { #expect(text.contains(words)) }
        let lavrov = try #require(text.range(of: "Sergei Lavrov 2"))
        let unattributed = try #require(text.range(of: "Unattributed 1"))
        #expect(lavrov.lowerBound < unattributed.lowerBound)
        let new = try #require(text.range(of: "New words"))
        let old = try #require(text.range(of: "Old words"))
        #expect(new.lowerBound < old.lowerBound, "latest first")
        let links = HTMLTags.parse(page).filter { $0.attributes["class"] == "quote-source" }.compactMap { $0.attributes["href"] }
        #expect(Set(links) == ["../briefings/newer/index.html#q-1", "../briefings/older/index.html#q-1", "../briefings/older/index.html#q-2"])
    }

    @Test func dataFilesUseThePagesIdsAndPaths() async throws {
        let pages = try await Self.pages()
        func records(_ path: String) throws -> [[String: Any]] {
            let text = try #require(pages[path])
            return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        }
        let entities = try records("data/entities.json")
        let quotes = try records("data/quotes.json")
        let briefings = try records("data/briefings.json")
        #expect(entities.count == 3)
        for entity in entities {
            let id = try #require(entity["id"] as? String)
            #expect(entity["path"] as? String == "entities/\(id)/index.html")
            #expect(pages["entities/\(id)/index.html"] != nil)
        }
        #expect(briefings.map { $0["id"] as? String } == ["newer", "older"])
        #expect(briefings.first?["path"] as? String == "briefings/newer/index.html")
        let quoteIDs = Set(quotes.compactMap { $0["id"] as? String })
        #expect(quoteIDs == ["newer-q-1", "older-q-1", "older-q-2"])
        let lavrov = try #require(entities.first { $0["id"] as? String == "sergei-lavrov" })
        #expect(Set(lavrov["quotes"] as? [String] ?? []) == ["newer-q-1", "older-q-1"])
        #expect(lavrov["briefings"] as? [String] == ["newer", "older"])
        for quote in quotes {
            let path = try #require(quote["path"] as? String)
            #expect(path == "briefings/\(quote["briefing"] as? String ?? "")/index.html#\((quote["id"] as? String ?? "").split(separator: "-").suffix(2).joined(separator: "-"))")
        }
    }
}
