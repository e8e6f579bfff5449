import BriefTestSupport
import BriefContent
import BriefMarkdown
import Foundation
import Testing
@testable import BriefSite

/// Links to headings (`other.md#reactions`, `#reactions`) lead to an element of the page, and
/// `brief check` reports those that do not; `entity:` links to no entity page are no links.
@Suite("Heading and entity links")
struct HeadingLinksTests {
    static let lavrov = "Russian Foreign Minister Sergei Lavrov met Secretary of State Marco Rubio in Washington on Monday."

    /// A site of two briefings: nato-summit.md (headings, a quote) and steel.md (links to it).
    static func writeSite(_ scratch: Scratch, steelBody: String) throws -> URL {
        try scratch.write("site/brief.yml", "title: Links\n")
        try scratch.write("site/content/world/nato-summit.md", """
            ---
            title: NATO
            slug: nato-hague
            ---
            \(lavrov)

            ## Reactions

            “We will pay,” the minister said.

            ## Main

            ## Q 1

            ## Reactions
            """)
        try scratch.write("site/content/europe/steel.md", "---\ntitle: Steel\n---\n" + steelBody)
        return scratch.url("site")
    }

    @Test func headingsGetIDsThatLinksLeadTo() async throws {
        let scratch = try Scratch()
        let site = try Self.writeSite(scratch, steelBody: """
            ## Spending, 2025

            See [reactions](../world/nato-summit.md#reactions), [below](#spending-2025) and \
            [Lavrov](entity:sergei-lavrov), not [ghost *one*](entity:nobody-here) or [empty](entity:).
            """)
        _ = try await SiteBuilder(siteDirectory: site, outputDirectory: scratch.url("out")).build()
        let nato = try scratch.read("out/briefings/nato-hague/index.html")
        #expect(nato.contains(#"<h2 id="reactions">Reactions</h2>"#))
        // Not the ids the page has already (`main`, the quote's `q-1`), nor a repeated one.
        #expect(nato.contains(#"<h2 id="main-1">Main</h2>"#))
        #expect(nato.contains(#"<h2 id="q-1-1">Q 1</h2>"#))
        #expect(nato.contains(#"<h2 id="reactions-1">Reactions</h2>"#))
        #expect(nato.contains(#"id="q-1""#))
        let ids = nato.matches(of: /\sid="([^"]*)"/).map { String($0.1) }
        #expect(ids.count == Set(ids).count, "ids repeat: \(ids)")

        let steel = try scratch.read("out/briefings/steel/index.html")
        #expect(steel.contains(#"<h2 id="spending-2025">Spending, 2025</h2>"#))
        #expect(steel.contains(#"<a href="../../briefings/nato-hague/index.html#reactions">reactions</a>"#))
        #expect(steel.contains(##"<a href="#spending-2025">below</a>"##))
        #expect(steel.contains(#"<a href="../../entities/sergei-lavrov/index.html">Lavrov</a>"#))
        // No link to a page that does not exist: the text alone.
        #expect(steel.contains("not ghost <em>one</em> or empty."))
        #expect(!steel.contains("nobody-here"))
        #expect(!steel.contains("entity:"))
        #expect(!scratch.exists("out/entities/nobody-here"))
    }

    @Test func checkReportsFragmentsThatNameNoElement() async throws {
        let scratch = try Scratch()
        let site = try Self.writeSite(scratch, steelBody: """
            ## Spending

            Good: [a](../world/nato-summit.md#reactions-1), [b](#spending), [c](../world/nato-summit.md#q-1), \
            [d](../world/nato-summit.md#main), [e](../world/nato-summit.md).

            Bad: [f](../world/nato-summit.md#reaction).

            Bad: [g](#nowhere) and [h](/world/nato-summit.md#q-2).
            """)
        let result = await SiteChecker(siteDirectory: site).check()
        let lines = result.problems.map(\.description)
        #expect(lines.contains(
            "content/europe/steel.md:8: error: link to `../world/nato-summit.md#reaction` leads nowhere: content/world/nato-summit.md "
                + "has no heading or quote with the id `reaction`; its headings' ids: `reactions`, `main-1`, `q-1-1`, `reactions-1`"),
            "\(lines)")
        #expect(lines.contains(
            "content/europe/steel.md:10: error: link to `#nowhere` leads nowhere: this briefing has no heading or quote with the id "
                + "`nowhere`; its headings' ids: `spending`"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("content/europe/steel.md:10: error: link to `/world/nato-summit.md#q-2` leads nowhere") }, "\(lines)")
        #expect(lines.count == 3, "\(lines)")
    }

    @Test func theBuiltinThemesIDsAreReserved() {
        for (name, text) in Theme.builtin.templates {
            for match in text.matches(of: /\sid="([^"{]+)"/) {
                #expect(BriefingAnchors.isReserved(String(match.1)), "\(name): id \(match.1) could be a heading's")
                #expect(EntityNoteAnchors.isReserved(String(match.1)), "\(name): id \(match.1) could be a note heading's")
            }
        }
        // An entity page has no quote ids.
        #expect(!EntityNoteAnchors.isReserved("q-1"))
        #expect(!EntityNoteAnchors.isReserved("reactions"))
        #expect(BriefingAnchors.isReserved("q-12"))
        #expect(!BriefingAnchors.isReserved("q-"))
        #expect(!BriefingAnchors.isReserved("q-1a"))
        #expect(!BriefingAnchors.isReserved("reactions"))
    }

    /// The body with an `entity:` link depends on whether the entity exists anywhere in the
    /// site: a mention added to another briefing must re-render it (and removing it, again).
    @Test func anEntityLinkFollowsTheEntitysArrival() async throws {
        let scratch = try Scratch()
        let site = try Self.writeSite(scratch, steelBody: "See [the secretary](entity:marco-rubio).\n")
        try scratch.write("site/content/other.md", "---\ntitle: Other\n---\nNothing here yet.\n")
        try scratch.write("site/content/world/nato-summit.md", "---\ntitle: NATO\nslug: nato-hague\n---\nNo one.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/briefings/steel/index.html").contains("<p>See the secretary.</p>"))
        try scratch.write("site/content/other.md", "---\ntitle: Other\n---\n\(Self.lavrov)\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/briefings/steel/index.html").contains(#"<a href="../../entities/marco-rubio/index.html">the secretary</a>"#))
        try scratch.write("site/content/other.md", "---\ntitle: Other\n---\nGone again.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/briefings/steel/index.html").contains("<p>See the secretary.</p>"))
        try await IncrementalCorrectnessTests.expectEqualsCleanBuild(scratch, site: site, out: "out")
    }
}

extension HeadingLinksTests {
    /// With `unsafe_html`, an id written in raw HTML is taken: a heading does not repeat it.
    @Test func headingsKeepOffIDsWrittenInRawHTML() {
        let markdown = "<a id=\"reactions\"></a>\n\n## Reactions\n\n## Top <span id=\"top\"></span>\n\n## Top\n"
        let briefing = Briefing(path: "content/a.md", format: .markdown, slug: "a", title: "A", markdown: markdown)
        let html = BriefingRenderer(markdownOptions: [.unsafeHTML]).render(briefing).bodyHTML
        #expect(html.contains(#"<h2 id="reactions-1">Reactions</h2>"#), "\(html)")
        #expect(html.contains(#"<h2 id="top-1">Top <span id="top"></span></h2>"#), "\(html)")
        let ids = html.matches(of: /\sid="([^"]*)"/).map { String($0.1) }
        #expect(ids.count == Set(ids).count, "ids repeat: \(ids)")
        let safe = BriefingRenderer(markdownOptions: []).render(briefing).bodyHTML
        #expect(safe.contains(#"<h2 id="reactions">Reactions</h2>"#), "raw HTML is not shown, so its ids are not taken")
    }
}
