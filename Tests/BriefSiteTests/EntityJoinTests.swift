import BriefAnnotate
import BriefContent
import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// The site-wide merge joins other names of one entity: known names of countries and
/// organisations, acronyms and the initials of longer names, GROUP plurals; notes win.
@Suite("Site-wide entity joins")
struct EntityJoinTests {
    static func summary(_ slug: String, _ entities: [EntityCount]) -> BriefingSummary {
        SiteEntitiesTests.summary(slug, entities)
    }

    /// An entry as the annotator makes it: its id the slug of the name without dots ("U.S." -> "us").
    static func entity(_ name: String, _ type: EntityType, _ count: Int = 1) -> EntityCount {
        EntityCount(id: Slug.make(from: name.filter { $0 != "." }), name: name, type: type, count: count)
    }

    // MARK: name facts

    @Test func acronymLettersAndInitials() {
        #expect(EntityJoins.acronymLetters("US") == "US")
        #expect(EntityJoins.acronymLetters("U.S.") == "US")
        #expect(EntityJoins.acronymLetters("U.S") == "US")
        #expect(EntityJoins.acronymLetters("Us") == nil)
        #expect(EntityJoins.acronymLetters("U") == nil)
        #expect(EntityJoins.acronymLetters("U..S") == nil)
        #expect(EntityJoins.acronymLetters("ABCDEFGHI") == nil, "longer than eight letters")
        #expect(EntityJoins.initials("Bank for International Settlements") == "BIS")
        #expect(EntityJoins.initials("Organisation for Economic Co-operation and Development") == "OECD")
        #expect(EntityJoins.initials("United Nations") == "UN")
        #expect(EntityJoins.initials("Nations") == nil, "one word has no initials")
        #expect(EntityJoins.initials("Évian Accords") == nil)
        #expect(EntityJoins.singular(ofPlural: "europeans") == "european")
        #expect(EntityJoins.singular(ofPlural: "frenchmen") == "frenchman")
        #expect(EntityJoins.singular(ofPlural: "swiss") == nil)
    }

    @Test func theGazetteerKnowsCountriesOtherNames() {
        for (name, page) in [("Russian Federation", "russia"), ("U.S.", "united-states"), ("USA", "united-states"),
                             ("United States of America", "united-states"), ("UK", "united-kingdom"),
                             ("Britain", "united-kingdom"), ("Holland", "netherlands"), ("UN", "united-nations")] {
            #expect(EntityJoins.known[Slug.make(from: name)]?.id == page, "\(name)")
        }
        #expect(EntityJoins.known["united-states"]?.name == "United States")
        #expect(EntityJoins.known["congo"] == nil, "a name of two countries is no one's")
        #expect(EntityJoins.known["england"] == nil, "England is not the United Kingdom")
    }

    // MARK: known names

    @Test func otherNamesOfACountryShareItsPage() throws {
        let merge = SiteEntities(summaries: [
            Self.summary("a", [Self.entity("Russia", .place, 3), Self.entity("United States", .place)]),
            Self.summary("b", [Self.entity("Russian Federation", .place), Self.entity("US", .place, 2), Self.entity("U.S.", .org)]),
        ], notes: [])
        let russia = try #require(merge.resolve("russian-federation"))
        #expect(russia.id == "russia")
        #expect(russia.name == "Russia")
        #expect(russia.aliases == ["Russian Federation"])
        #expect(russia.mentionCount == 4)
        #expect(russia.briefingCount == 2)
        let us = try #require(merge.resolve("us"))
        #expect(us.id == "united-states")
        #expect(us.type == .place)
        #expect(us.mentionCount == 4)
        #expect(merge.byID["us"] == nil && merge.byID["russian-federation"] == nil, "one entity, one page")
        // A briefing's list counts the joined names together.
        let resolved = merge.resolved(Self.summary("b", [Self.entity("US", .place, 2), Self.entity("U.S.", .org)]))
        #expect(resolved.entities.map(\.id) == ["united-states"])
        #expect(resolved.entities.first?.count == 3)
    }

    /// A country's page keeps its id whether or not a briefing uses the name the page takes.
    @Test func aCountryNamedOnlyByAnotherNameStillGetsItsPage() throws {
        let merge = SiteEntities(summaries: [Self.summary("a", [Self.entity("US", .place, 2)])], notes: [])
        let us = try #require(merge.resolve("us"))
        #expect(us.id == "united-states")
        #expect(us.name == "United States")
        #expect(us.aliases == ["US"])
        #expect(merge.linkTarget("usa")?.id == "united-states", "entity:usa leads to the country's page")
    }

    @Test func aKnownNameUsedForAPersonOrAGroupStaysApart() {
        let merge = SiteEntities(summaries: [
            Self.summary("a", [Self.entity("Jordan", .person, 3)]),
            Self.summary("b", [Self.entity("Hashemite Kingdom of Jordan", .place), Self.entity("America", .group)]),
        ], notes: [])
        #expect(merge.resolve("hashemite-kingdom-of-jordan")?.id == "hashemite-kingdom-of-jordan", "the page id is a person here")
        #expect(merge.resolve("america")?.id == "america")
    }

    @Test func aNoteWinsOverTheGazetteer() throws {
        // The note claims "US" for itself: it stays the note's, the rest of the country joins.
        let merge = SiteEntities(summaries: [
            Self.summary("a", [Self.entity("US", .org), Self.entity("USA", .place), Self.entity("UK", .place)]),
        ], notes: [SiteEntitiesTests.note("Us Weekly", type: "ORG", aliases: ["US"]),
                   SiteEntitiesTests.note("UK", type: nil, ignore: true)])
        #expect(merge.resolve("us")?.id == "us-weekly")
        #expect(merge.resolve("usa")?.id == "united-states")
        #expect(merge.resolve("uk") == nil, "ignored")
        // A place note under another known name of the country gathers all of them.
        let noted = SiteEntities(summaries: [
            Self.summary("a", [Self.entity("United States", .place), Self.entity("U.S.", .place)]),
        ], notes: [SiteEntitiesTests.note("America", type: "PLACE")])
        #expect(noted.resolve("united-states")?.id == "america")
        #expect(noted.resolve("us")?.id == "america")
        #expect(noted.byID["united-states"] == nil)
    }

    // MARK: acronyms

    @Test func anAcronymJoinsTheOneLongerNameItSpells() throws {
        let merge = SiteEntities(summaries: [
            Self.summary("a", [Self.entity("Nordic Fisheries Council", .org, 2)]),
            Self.summary("b", [Self.entity("NFC", .org, 3), Self.entity("N.F.C.", .org)]),
        ], notes: [])
        let council = try #require(merge.resolve("nfc"))
        #expect(council.id == "nordic-fisheries-council")
        #expect(council.name == "Nordic Fisheries Council", "the longer name's page wins")
        #expect(council.mentionCount == 6)
        #expect(merge.byID["nfc"] == nil)
    }

    @Test func anAmbiguousAcronymStaysApart() {
        let merge = SiteEntities(summaries: [
            Self.summary("a", [Self.entity("Nordic Fisheries Council", .org), Self.entity("National Football Conference", .org)]),
            Self.summary("b", [Self.entity("NFC", .org)]),
        ], notes: [])
        #expect(merge.resolve("nfc")?.id == "nfc")
        #expect(merge.all.count == 3)
    }

    @Test func anAcronymOfAnotherTypeOrOfAPersonStaysApart() {
        let merge = SiteEntities(summaries: [
            Self.summary("a", [Self.entity("John Fitzgerald Kennedy", .person), Self.entity("Gross Domestic Product", .org)]),
            Self.summary("b", [Self.entity("JFK", .person), Self.entity("GDP", .other)]),
        ], notes: [])
        #expect(merge.resolve("jfk")?.id == "jfk")
        #expect(merge.resolve("gdp")?.id == "gdp")
    }

    /// "AP" the news agency is no Andhra Pradesh, "SA" typed ORG no Saudi Arabia: an acronym joins
    /// only a longer name of its own type.
    @Test func anAcronymJoinsOnlyALongerNameOfItsOwnType() {
        let merge = SiteEntities(summaries: [
            Self.summary("a", [Self.entity("Andhra Pradesh", .place), Self.entity("Saudi Arabia", .place, 2)]),
            Self.summary("b", [Self.entity("AP", .org, 3), Self.entity("SA", .org, 4)]),
        ], notes: [])
        #expect(merge.resolve("ap")?.id == "ap")
        #expect(merge.resolve("sa")?.id == "sa")
        #expect(merge.resolve("saudi-arabia")?.type == .place)
    }

    /// A page gathering other names takes the site's own spelling, not the gazetteer's, unless
    /// the site only uses an acronym.
    @Test func aJoinedPageIsNamedAsTheSiteWritesIt() throws {
        let merge = SiteEntities(summaries: [Self.summary("a", [Self.entity("Türkiye", .place, 2), Self.entity("UK", .place)])], notes: [])
        let turkey = try #require(merge.resolve("turkiye"))
        #expect(turkey.id == "turkey")
        #expect(turkey.name == "Türkiye")
        #expect(merge.resolve("uk")?.name == "United Kingdom")
    }

    /// A note named by another known name ("America") takes the country's links too.
    @Test func aLinkToAKnownNameLeadsToTheNoteThatTookIt() {
        let merge = SiteEntities(summaries: [Self.summary("a", [Self.entity("US", .place, 2)])],
                                 notes: [SiteEntitiesTests.note("America", type: "PLACE")])
        #expect(merge.resolve("us")?.id == "america")
        #expect(merge.linkTarget("united-states")?.id == "america")
        #expect(merge.linkTarget("usa")?.id == "america")
        #expect(merge.linkTarget("united-kingdom") == nil)
    }

    @Test func anAcronymJoinsANoteNamingTheLongerName() {
        let merge = SiteEntities(summaries: [Self.summary("a", [Self.entity("NFC", .org)])],
                                 notes: [SiteEntitiesTests.note("Nordic Fisheries Council", type: "ORG")])
        #expect(merge.resolve("nfc")?.id == "nordic-fisheries-council")
        // A note for the acronym itself keeps it.
        let kept = SiteEntities(summaries: [
            Self.summary("a", [Self.entity("NFC", .org), Self.entity("Nordic Fisheries Council", .org)]),
        ], notes: [SiteEntitiesTests.note("NFC", type: "ORG")])
        #expect(kept.resolve("nfc")?.id == "nfc")
        #expect(kept.resolve("nordic-fisheries-council")?.id == "nordic-fisheries-council")
    }

    // MARK: plurals

    @Test func aGroupPluralJoinsItsSingular() throws {
        let merge = SiteEntities(summaries: [
            Self.summary("a", [Self.entity("European", .group, 2), Self.entity("Frenchman", .group)]),
            Self.summary("b", [Self.entity("Europeans", .group), Self.entity("Frenchmen", .group), Self.entity("Germans", .group)]),
        ], notes: [])
        #expect(merge.resolve("europeans")?.id == "european")
        #expect(merge.resolve("europeans")?.mentionCount == 3)
        #expect(merge.resolve("frenchmen")?.id == "frenchman")
        #expect(merge.resolve("germans")?.id == "germans", "no singular on the site: stays")
        #expect(merge.byID["europeans"] == nil)
    }

    @Test func aPluralOfAnotherTypeOrUnderANoteStaysApart() {
        let merge = SiteEntities(summaries: [
            Self.summary("a", [Self.entity("Rangers", .org), Self.entity("Ranger", .group), Self.entity("Germans", .group),
                               Self.entity("German", .group)]),
        ], notes: [SiteEntitiesTests.note("Germans", type: "GROUP")])
        #expect(merge.resolve("rangers")?.id == "rangers")
        #expect(merge.resolve("germans")?.id == "germans", "the note's entity")
        #expect(merge.resolve("german")?.id == "german")
    }

    /// A plural whose singular is an alias of a note ends at the note's entity.
    @Test func aPluralFollowsItsSingularIntoANote() {
        let merge = SiteEntities(summaries: [
            Self.summary("a", [Self.entity("Europeans", .group), Self.entity("European", .group)]),
        ], notes: [SiteEntitiesTests.note("Europeans and the EU", type: "GROUP", aliases: ["European"])])
        #expect(merge.resolve("european")?.id == "europeans-and-the-eu")
        #expect(merge.resolve("europeans")?.id == "europeans-and-the-eu")
    }

    // MARK: whole builds

    /// The sample site's duplicates of one entity are one page each, and every page uses it.
    @Test func theBuiltSiteLinksEveryNameToOnePage() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", "---\ntitle: A\ndate: 2025-01-02\n---\nThe United States and Russia met. Europeans waited.\n")
        try scratch.write("site/content/b.md", "---\ntitle: B\ndate: 2025-01-03\n---\nThe US and the Russian Federation spoke. \"We agree,\" the US said.\n")
        try await IncrementalBuildTests.build(scratch, site: scratch.url("site"), out: "out")
        let files = try scratch.snapshot("out")
        #expect(files["entities/us/index.html"] == nil)
        #expect(files["entities/russian-federation/index.html"] == nil)
        let b = String(decoding: try #require(files["briefings/b/index.html"]), as: UTF8.self)
        #expect(b.contains("href=\"../../entities/united-states/index.html\">US</a>"))
        #expect(b.contains("href=\"../../entities/russia/index.html\">Russian Federation</a>"))
        let entitiesData = try #require(files["data/entities.json"])
        let entities = try #require(try JSONSerialization.jsonObject(with: entitiesData) as? [[String: Any]])
        let russia = try #require(entities.first { $0["id"] as? String == "russia" })
        #expect(russia["aliases"] as? [String] == ["Russian Federation"])
        #expect(Set(russia["briefings"] as? [String] ?? []) == ["a", "b"])
        #expect(!entities.contains { $0["id"] as? String == "us" })
        // Who said what: the quote's speaker is the merged entity, in the data and on its page.
        let quotesData = try #require(files["data/quotes.json"])
        let quotes = try #require(try JSONSerialization.jsonObject(with: quotesData) as? [[String: Any]])
        #expect(quotes.map { $0["speakerID"] as? String } == ["united-states"])
        #expect(quotes.map { $0["speaker"] as? String } == ["United States"])
        #expect(b.contains("data-speaker=\"united-states\""))
        let unitedStates = String(decoding: try #require(files["entities/united-states/index.html"]), as: UTF8.self)
        #expect(unitedStates.contains("We agree"))
        let search = files.filter { SearchShards.isIndexPath($0.key) }.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(search.contains("entities/united-states/index.html"))
        #expect(!search.contains("entities/us/index.html"))
        #expect(!search.contains("entities/russian-federation/index.html"))
    }

    /// `brief check` agrees with the build: a link to a country's other name, or a note named by
    /// one, leads to the country's page where briefings only say "US".
    @Test func theCheckerKnowsACountrysOtherNames() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", "---\ntitle: A\n---\nThe US met Oslo officials. See [America](entity:usa) and [nowhere](entity:nowhere-land).\n")
        try scratch.write("site/content/entities/united-states.md", "---\nname: United States\ntype: place\n---\nA note.\n")
        let result = await SiteChecker(siteDirectory: scratch.url("site")).check()
        let lines = result.problems.map(\.description)
        #expect(!lines.contains { $0.contains("entity:usa") || $0.contains("`usa`") }, "\(lines)")
        #expect(!lines.contains { $0.contains("united-states") }, "the note names the entity briefings call US: \(lines)")
        #expect(lines.contains { $0.contains("`nowhere-land`") }, "an unknown id is still reported: \(lines)")
        try await IncrementalBuildTests.build(scratch, site: scratch.url("site"), out: "out")
        let a = try scratch.read("out/briefings/a/index.html")
        #expect(a.contains("<a href=\"../../entities/united-states/index.html\">America</a>"), "\(a)")
        #expect(!a.contains("nowhere-land/index.html"))
    }

    /// A note named "America" where briefings say "US": the build and `brief check` both send
    /// `entity:united-states` to the note's page, and check finds the note used.
    @Test func aNoteNamedByAnotherNameTakesTheLinksInBuildAndCheck() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", "---\ntitle: A\n---\nThe US met Oslo officials. See [the US page](entity:united-states).\n")
        try scratch.write("site/content/entities/america.md", "---\nname: America\ntype: place\n---\nA note.\n")
        let lines = await SiteChecker(siteDirectory: scratch.url("site")).check().problems.map(\.description)
        #expect(lines.isEmpty, "\(lines)")
        try await IncrementalBuildTests.build(scratch, site: scratch.url("site"), out: "out")
        let a = try scratch.read("out/briefings/a/index.html")
        #expect(a.contains("<a href=\"../../entities/america/index.html\">the US page</a>"), "\(a)")
    }

    /// The merge depends on every briefing: a new briefing that names the longer form re-renders
    /// the older briefing that used only the acronym, exactly as a clean build makes it.
    @Test func anIncrementalBuildAfterANewLongerNameEqualsACleanBuild() async throws {
        let scratch = try Scratch()
        let site = scratch.url("site")
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/first.md", """
            ---
            title: First
            date: 2025-01-02
            ---
            Officials from the NFC met the US in Oslo. "We will act," the US said. Europeans watched the NFC closely.

            See [the council](entity:nfc).
            """)
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        let before = try scratch.read("out/briefings/first/index.html")
        #expect(before.contains("entities/nfc/index.html"))
        try scratch.write("site/content/second.md", """
            ---
            title: Second
            date: 2025-01-03
            ---
            The United States asked the Nordic Fisheries Council in Bergen for data. The European view differed.
            """)
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(before.contains("entities/europeans/index.html"))
        #expect(before.contains("data-speaker=\"united-states\""), "the US is the United States from the start")
        let after = try scratch.read("out/briefings/first/index.html")
        #expect(after.contains("entities/european/index.html"))
        #expect(after.contains("entities/nordic-fisheries-council/index.html"))
        #expect(!after.contains("entities/nfc/index.html"))
        #expect(!FileManager.default.fileExists(atPath: scratch.url("out/entities/nfc").path))
        try await IncrementalCorrectnessTests.expectEqualsCleanBuild(scratch, site: site, out: "out")
    }
}
