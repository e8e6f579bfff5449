import BriefTestSupport
import BriefContent
import Foundation
import Testing
@testable import BriefSite

/// Content that tries to get markup into pages: every page is parsed, and nothing live may come of it.
@Suite("Hostile content renders inert")
struct HostileContentTests {
    static let evil = "<script>alert(1)</script>\\\"><img src=x onerror=alert(2)>"

    @Test func briefingsAndNotesCannotInjectMarkup() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/evil.md", """
            ---
            title: "Evil \(Self.evil) javascript:alert(3)"
            tags: ["\(Self.evil)", "javascript:alert(4)"]
            source: "\(Self.evil)"
            summary: "\(Self.evil)"
            ---
            Sergei Lavrov said “<script>alert(5)</script> we go to Kyiv "><img src=x onerror=alert(6)>” on Monday.

            See [a link](javascript:alert(7)) and <a href="javascript:alert(8)">raw</a> in Moscow.
            """)
        try scratch.write("site/content/entities/evil.md", """
            ---
            name: "Evil <script>alert(9)</script> Person"
            type: person
            aliases: ["\(Self.evil)", "Sergei Lavrov"]
            description: "\(Self.evil)"
            ---
            Body <script>alert(10)</script> "><img src=x onerror=alert(11)> [x](javascript:alert(12))
            """)
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let files = try scratch.snapshot("out")
        #expect(files.keys.contains("entities/evil-script-alert-9-script-person/index.html"))
        var pages = 0
        for (path, data) in files where path.hasSuffix(".html") {
            pages += 1
            let html = String(decoding: data, as: UTF8.self)
            // The search page's own two scripts are the only ones allowed, each by src.
            let ownScripts = path == SearchPage.path ? ["../search/index.js", "../assets/search.js"] : []
            for tag in HTMLTags.parse(html) {
                #expect(tag.name != "script" || ownScripts.contains(tag.attributes["src"] ?? ""), "\(path): live script")
                #expect(tag.name != "img", "\(path): live img")
                for (name, value) in tag.attributes {
                    #expect(!name.hasPrefix("on"), "\(path): event handler \(name)")
                    #expect(!value.lowercased().contains("javascript:") || name == "content", "\(path): \(name)=\(value)")
                    if name == "href" || name == "src" { #expect(!value.contains("\""), "\(path): quote in \(name)") }
                }
                if tag.name == "a" { #expect(!tag.ancestors.contains("a"), "\(path): nested link") }
            }
            #expect(html.components(separatedBy: "<script").count - 1 == ownScripts.count, "\(path)")
            #expect(!html.contains("<img"), "\(path)")
        }
        #expect(pages >= 4)
        for name in ["briefings", "entities", "quotes"] {
            let data = try #require(files["data/\(name).json"])
            #expect((try? JSONSerialization.jsonObject(with: data)) is [Any], "data/\(name).json is valid JSON")
        }
        // The hostile text is still there, as text.
        let note = String(decoding: try #require(files["entities/evil-script-alert-9-script-person/index.html"]), as: UTF8.self)
        #expect(note.contains("Evil &lt;script&gt;alert(9)&lt;/script&gt; Person"))
    }
}
