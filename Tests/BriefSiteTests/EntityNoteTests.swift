import BriefTestSupport
import BriefContent
import Foundation
import Testing
@testable import BriefSite

@Suite("Entity notes")
struct EntityNoteTests {
    @Test func notesAreReadWithNameTypeAliasesAndBody() throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/entities/kyiv.md", "---\nname: Kyiv\ntype: place\naliases: [Kiev]\ndescription: Capital.\nlinks: [https://example.org/kyiv]\n---\nThe *capital*.\n")
        try scratch.write("site/content/entities/share.md", "---\nname: Share This\nignore: true\n---\n")
        let content = try ContentLoader(siteDirectory: scratch.url("site")).load()
        #expect(content.briefings.isEmpty, "notes are not briefings")
        #expect(content.entityNotes.count == 2)
        let kyiv = try #require(content.entityNotes.first)
        #expect(kyiv.id == "kyiv")
        #expect(kyiv.type == "PLACE")
        #expect(kyiv.aliases == ["Kiev"])
        #expect(kyiv.links == ["https://example.org/kyiv"])
        #expect(kyiv.body == "The *capital*.\n")
        #expect(content.entityNotes.last?.ignore == true)
    }

    @Test func problemsInNotesAreReportedAtTheirLines() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/entities/a.md", "---\nname: A\ntype: planet\nlinks: [javascript:alert(1)]\ncolour: red\n---\n")
        try scratch.write("site/content/entities/b.md", "---\ntype: person\n---\n")
        try scratch.write("site/content/entities/c.md", "No front matter.\n")
        try scratch.write("site/content/entities/d.md", "---\nname: Kyiv\ntype: place\n---\n")
        try scratch.write("site/content/entities/e.md", "---\nname: Kyiv City\ntype: place\naliases: [Kyiv]\n---\n")
        let errors = await #expect(throws: ContentErrors.self) {
            _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        }
        let lines = try #require(errors).diagnostics.map(\.description)
        #expect(lines.contains("content/entities/a.md:3: error: `type` must be person, place, org, group or other, found \"planet\""))
        #expect(lines.contains("content/entities/a.md:4: error: `links` must start with http:// or https://, found \"javascript:alert(1)\""))
        #expect(lines.contains { $0.hasPrefix("content/entities/a.md:5: error: unknown key `colour`") })
        #expect(lines.contains("content/entities/b.md:2: error: an entity note needs `name:`"))
        #expect(lines.contains { $0.hasPrefix("content/entities/c.md:1: error: an entity note starts with front matter") })
        #expect(lines.contains("content/entities/e.md: error: the name \"Kyiv\" is already claimed by content/entities/d.md; one entity, one note"))
        #expect(!scratch.exists("out"), "nothing is written")
    }

    @Test func aNoteWithoutMentionsStillHasItsPage() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/entities/nobody.md", "---\nname: Nobody Atall\ntype: person\n---\nA note.\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let page = try scratch.read("out/entities/nobody-atall/index.html")
        #expect(HTMLTags.parse(page).contains { $0.name == "h1" })
        #expect(page.contains("<h1 class=\"entity-name\">Nobody Atall</h1>"))
        #expect(page.contains("<p>A note.</p>"))
    }
}

extension EntityNoteTests {
    /// A Cyrillic name gets the same page address whether or not a note names it: the annotator
    /// spells its id as slugs are spelled, not as a hash.
    @Test func aCyrillicNameHasOneAddressWithOrWithoutANote() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", "---\ntitle: Визит\n---\n\nВладимир Путин прибыл в Москву.\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("bare")).build()
        try scratch.write("site/content/entities/putin.md", "---\nname: Владимир Путин\ntype: person\n---\nA note.\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("noted")).build()
        #expect(scratch.exists("bare/entities/vladimir-putin/index.html"))
        #expect(scratch.exists("noted/entities/vladimir-putin/index.html"))
    }
}
