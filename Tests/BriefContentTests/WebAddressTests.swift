import Foundation
import Testing
@testable import BriefContent

/// Addresses from YAML reach `href`s as valid URLs, whatever the author pasted.
@Suite("Web addresses")
struct WebAddressTests {
    @Test func bytesAURLMayNotHoldArePercentEncoded() {
        #expect(WebAddress.escaped("https://e.org/a b\"c<d>e`f{g|h}i\\j^k\u{7F}\t") == "https://e.org/a%20b%22c%3Cd%3Ee%60f%7Bg%7Ch%7Di%5Cj%5Ek%7F%09")
        let clean = "https://e.org/Straße?q=1&r=%20#frag"
        #expect(WebAddress.escaped(clean) == clean)
    }

    @Test func urlLinksAndBaseURLAreEscapedWhenLoaded() throws {
        let site = try TestSite()
        try site.write("brief.yml", "title: T\nbase_url: \"https://e.org/my site/\"\n")
        try site.write("content/a.md", "---\ntitle: A\nurl: \"https://e.org/\\\"><script>\"\n---\nText.\n")
        try site.write("content/entities/ann.md", "---\nname: Ann Lee\ntype: person\nlinks: [\"https://e.org/ann lee\"]\n---\n")
        let content = try ContentLoader(siteDirectory: site.root).load()
        #expect(content.config.baseURL == "https://e.org/my%20site/")
        #expect(content.briefings.first?.url == "https://e.org/%22%3E%3Cscript%3E")
        #expect(content.entityNotes.first?.links == ["https://e.org/ann%20lee"])
    }
}
