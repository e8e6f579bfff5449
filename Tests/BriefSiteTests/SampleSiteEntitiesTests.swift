import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// The sample site's entity and quote pages agree with its briefing pages, whatever the annotator finds.
@Suite("Sample site: entities and quotes")
struct SampleSiteEntitiesTests {
    @Test func quotesEntitiesAndDataAgreeAcrossPages() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        _ = try await SiteBuilder(siteDirectory: site, outputDirectory: scratch.url("out")).build()
        let files = try scratch.snapshot("out")
        func page(_ path: String) throws -> String { String(decoding: try #require(files[path]), as: UTF8.self) }
        func records(_ path: String) throws -> [[String: Any]] {
            let data = try #require(files[path])
            return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        }

        // The seed names Sergei Lavrov; his note's page has the note, and the seed links to it.
        let lavrov = try page("entities/sergei-lavrov/index.html")
        #expect(lavrov.contains("<h1 class=\"entity-name\">Sergei Lavrov</h1>"))
        #expect(lavrov.contains("Russia&#39;s foreign minister since 2004."))
        #expect(lavrov.contains("../../briefings/\(SiteBuilderTests.seedSlug)/index.html"))
        let seed = try page("briefings/\(SiteBuilderTests.seedSlug)/index.html")
        #expect(seed.contains("href=\"../../entities/sergei-lavrov/index.html\""))
        // Kiev is an alias of the Kyiv note: one page, no `kiev` page.
        #expect(seed.contains("<a class=\"entity entity-place\" href=\"../../entities/kyiv/index.html\">Kiev</a>"))
        #expect(files["entities/kiev/index.html"] == nil)

        let quotesJSON = try records("data/quotes.json")
        let quoteIDs = Set(quotesJSON.compactMap { $0["id"] as? String })
        let quotesPage = try page("quotes/index.html")
        var seen = 0
        for (path, data) in files where path.hasPrefix("briefings/") && path.hasSuffix("/index.html") {
            let slug = path.split(separator: "/")[1]
            for tag in HTMLTags.parse(String(decoding: data, as: UTF8.self)) where tag.attributes["class"]?.hasPrefix("quote quote-") == true {
                guard let id = tag.attributes["id"] else { continue }
                seen += 1
                #expect(quoteIDs.contains("\(slug)-\(id)"), "\(path)#\(id) is in data/quotes.json")
                #expect(quotesPage.contains("href=\"../briefings/\(slug)/index.html#\(id)\""), "\(path)#\(id) is on the quotes page")
                if let speaker = tag.attributes["data-speaker"] {
                    let speakerPage = try page("entities/\(speaker)/index.html")
                    #expect(speakerPage.contains("href=\"../../briefings/\(slug)/index.html#\(id)\""), "\(speaker) lists \(path)#\(id)")
                }
            }
        }
        #expect(seen == quoteIDs.count, "every quote in the data is on a briefing page")

        let entities = try records("data/entities.json")
        #expect(!entities.isEmpty)
        for entity in entities {
            let path = try #require(entity["path"] as? String)
            #expect(files[path] != nil, "\(path) exists")
        }
        let briefings = try records("data/briefings.json")
        for briefing in briefings {
            let path = try #require(briefing["path"] as? String)
            #expect(files[path] != nil, "\(path) exists")
        }
    }

    @Test func twoBuildsWriteTheSameBytes() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        _ = try await SiteBuilder(siteDirectory: site, outputDirectory: scratch.url("one")).build()
        _ = try await SiteBuilder(siteDirectory: site, outputDirectory: scratch.url("two")).build()
        let one = try scratch.snapshot("one")
        #expect(one.keys.contains("entities/index.html"))
        #expect(one == (try scratch.snapshot("two")))
    }
}
