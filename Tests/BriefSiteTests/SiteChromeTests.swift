import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// What every page's header, head and footer show from brief.yml.
@Suite("Site chrome")
struct SiteChromeTests {
    /// No author or description (brief init writes neither, or a blank one): no empty byline,
    /// meta tag or tagline.
    @Test(arguments: ["title: Desk\n", "title: Desk\nauthor: ' '\ndescription: \"\"\n"])
    func aSiteWithoutAuthorOrDescriptionShowsNoEmptyOnes(_ config: String) async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", config)
        try scratch.write("site/content/a.md", "# A\n\nText.\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let page = try scratch.read("out/index.html")
        #expect(page.contains("<p>Built with brief.</p>"))
        #expect(!page.contains(#"<meta name="author""#))
        #expect(!page.contains(#"<meta name="description""#))
        #expect(!page.contains("site-description"))
    }

    @Test func authorAndDescriptionAreShownWhenSet() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: Desk\nauthor: The Desk\ndescription: Daily notes.\n")
        try scratch.write("site/content/a.md", "# A\n\nText.\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let page = try scratch.read("out/index.html")
        #expect(page.contains("<p>The Desk · Built with brief.</p>"))
        #expect(page.contains(#"<meta name="author" content="The Desk">"#))
        #expect(page.contains(#"<p class="site-description">Daily notes.</p>"#))
    }
}
