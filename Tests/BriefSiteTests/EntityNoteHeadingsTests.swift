import BriefTestSupport
import BriefMarkdown
import Foundation
import Testing
@testable import BriefSite

/// Headings in an entity note's body get ids on the entity's page, as a briefing's do, and
/// `brief check` reports a note's `#fragment` link that names nothing on that page.
@Suite("Entity note headings")
struct EntityNoteHeadingsTests {
    /// A site of one briefing and one note (`content/entities/vrplk.md`) with `noteBody`.
    static func writeSite(_ scratch: Scratch, noteBody: String) throws -> URL {
        try scratch.write("site/brief.yml", "title: Notes\n")
        try scratch.write("site/content/a.md", "---\ntitle: A\n---\n\(HeadingLinksTests.lavrov)\n")
        try scratch.write("site/content/entities/vrplk.md", "---\nname: Zqxw Vrplk\ntype: person\n---\n" + noteBody)
        return scratch.url("site")
    }

    @Test func noteHeadingsGetIDsThatKeepOffThePagesOwn() async throws {
        let scratch = try Scratch()
        let site = try Self.writeSite(scratch, noteBody: """
            ## Background

            See [below](#background-1).

            ## Main

            ## Entity quotes title

            ## Q 1

            ### Background
            """)
        _ = try await SiteBuilder(siteDirectory: site, outputDirectory: scratch.url("out")).build()
        let page = try scratch.read("out/entities/zqxw-vrplk/index.html")
        #expect(page.contains(#"<h2 id="background">Background</h2>"#), "\(page)")
        // The layout's `main` and the entity template's section titles are the page's already.
        #expect(page.contains(#"<h2 id="main-1">Main</h2>"#))
        #expect(page.contains(#"<h2 id="entity-quotes-title-1">Entity quotes title</h2>"#))
        // An entity page has no quote ids to keep off.
        #expect(page.contains(#"<h2 id="q-1">Q 1</h2>"#))
        #expect(page.contains(#"<h3 id="background-1">Background</h3>"#))
        #expect(page.contains(##"<a href="#background-1">below</a>"##))
        let ids = page.matches(of: /\sid="([^"]*)"/).map { String($0.1) }
        #expect(ids.count == Set(ids).count, "ids repeat: \(ids)")
    }

    @Test func aNoteWithoutHeadingsRendersAsMarkdownDoes() {
        let body = "Older texts spell it *Kiev*.\n\n- a [link](https://kyiv.example/a?b=1&c=2)\n\n<b>raw</b> & `code`\n\n> quoted\n"
        #expect(EntityNoteAnchors.html(ofNote: body) == MarkdownDocument(body, options: []).renderHTML())
    }

    @Test func checkReportsNoteFragmentsThatNameNothingOnThePage() async throws {
        let scratch = try Scratch()
        let site = try Self.writeSite(scratch, noteBody: """
            ## Background

            Good: [a](#background), [b](#main), [c](#entity-briefings-title), [d](https://x.example/#nowhere).

            Bad: [e](#nowhere) and [f](#back%20ground).

            A briefing's and the search page's ids are not on an entity page: [g](#search-input), [h](#who-said-what-title).
            """)
        try scratch.write("site/content/entities/ignored.md", "---\nname: Share This\nignore: true\n---\nSee [x](#nowhere).\n")
        try scratch.write("site/content/entities/bare.md", "No front matter: [y](#gone).\n\n# Gone Away\n")
        let result = await SiteChecker(siteDirectory: site).check()
        // In path, line and message order.
        let lines = result.problems.map(\.description).filter { $0.contains("leads nowhere") }
        #expect(lines == [
            "content/entities/bare.md:1: error: link to `#gone` leads nowhere: this entity page has no heading with the id `gone`; "
                + "its note's headings' ids: `gone-away`",
            "content/entities/vrplk.md:9: error: link to `#back%20ground` leads nowhere: this entity page has no heading with the id "
                + "`back ground`; its note's headings' ids: `background`",
            "content/entities/vrplk.md:9: error: link to `#nowhere` leads nowhere: this entity page has no heading with the id "
                + "`nowhere`; its note's headings' ids: `background`",
            "content/entities/vrplk.md:11: error: link to `#search-input` leads nowhere: this entity page has no heading with the id "
                + "`search-input`; its note's headings' ids: `background`",
            "content/entities/vrplk.md:11: error: link to `#who-said-what-title` leads nowhere: this entity page has no heading with the id "
                + "`who-said-what-title`; its note's headings' ids: `background`",
        ], "\(lines)")
    }
}
