import BriefTestSupport
import BriefContent
import Foundation
import Testing
@testable import BriefSite

/// `brief check` and the build join entities by the one merge (`SiteEntities`): a note reached
/// only through an acronym or a GROUP plural is used in both, and one no rule reaches is unused
/// in both.
@Suite("Check joins entities as the build does")
struct CheckJoinsTests {
    @Test func aNoteReachedOnlyThroughAnAcronymIsUsed() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", """
            ---
            title: A
            date: 2025-01-02
            ---
            Officials from the NFC met in Oslo on Monday. The NFC asked for more data.

            See [the council](entity:nfc) and [its page](entity:nordic-fisheries-council).
            """)
        try scratch.write("site/content/entities/council.md", "---\nname: Nordic Fisheries Council\ntype: org\n---\nA made-up council.\n")
        let lines = try await Self.expectCheckAgreesWithBuild(scratch)
        #expect(lines.isEmpty, "\(lines)")
        let a = try scratch.read("out/briefings/a/index.html")
        #expect(a.contains("<a href=\"../../entities/nordic-fisheries-council/index.html\">the council</a>"), "\(a)")
        #expect(!scratch.exists("out/entities/nfc/index.html"))
    }

    @Test func aNoteReachedOnlyThroughAGroupPluralIsUsed() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", """
            ---
            title: A
            date: 2025-01-02
            ---
            Europeans watched the talks in Oslo closely. Many Europeans stayed away.

            See [them](entity:europeans).
            """)
        try scratch.write("site/content/entities/european.md", "---\nname: European\ntype: group\n---\nPeople of Europe.\n")
        let lines = try await Self.expectCheckAgreesWithBuild(scratch)
        #expect(lines.isEmpty, "\(lines)")
        let a = try scratch.read("out/briefings/a/index.html")
        #expect(a.contains("<a href=\"../../entities/european/index.html\">them</a>"), "\(a)")
    }

    /// An acronym that spells two notes' names joins neither: both are unused, in check and build.
    @Test func notesAnAmbiguousAcronymSpellsStayUnused() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", "---\ntitle: A\ndate: 2025-01-02\n---\nOfficials from the NFC met in Oslo on Monday.\n")
        try scratch.write("site/content/entities/council.md", "---\nname: Nordic Fisheries Council\ntype: org\n---\n")
        try scratch.write("site/content/entities/conference.md", "---\nname: National Football Conference\ntype: org\n---\n")
        let lines = try await Self.expectCheckAgreesWithBuild(scratch)
        #expect(lines.contains { $0.hasPrefix("content/entities/council.md:1: warning: entity note `nordic-fisheries-council`") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("content/entities/conference.md:1: warning: entity note `national-football-conference`") }, "\(lines)")
    }

    /// Checks `site` and builds it into `out`; expects check to warn about exactly the notes
    /// whose entity no built briefing counts (`data/entities.json`). Returns check's problems.
    static func expectCheckAgreesWithBuild(_ scratch: Scratch) async throws -> [String] {
        let result = await SiteChecker(siteDirectory: scratch.url("site")).check()
        #expect(!result.entityChecksSkipped)
        let lines = result.problems.map(\.description)
        try await IncrementalBuildTests.build(scratch, site: scratch.url("site"), out: "out")
        let json = try JSONSerialization.jsonObject(with: Data(scratch.read("out/data/entities.json").utf8))
        let entities = try #require(json as? [[String: Any]])
        let usedInBuild = Set(entities.filter { !(($0["briefings"] as? [String]) ?? []).isEmpty }.compactMap { $0["id"] as? String })
        let notesFolder = scratch.url("site/content/entities")
        for file in try FileManager.default.contentsOfDirectory(atPath: notesFolder.path) where file.hasSuffix(".md") {
            let name = try #require(try scratch.read("site/content/entities/" + file).split(separator: "\n").first { $0.hasPrefix("name: ") })
            let id = Slug.make(from: String(name.dropFirst(6)))
            let warned = lines.contains { $0.hasPrefix("content/entities/\(file):1: warning:") }
            #expect(warned == !usedInBuild.contains(id), "note \(id): check warned \(warned), build counts \(usedInBuild.sorted())")
        }
        return lines
    }
}
