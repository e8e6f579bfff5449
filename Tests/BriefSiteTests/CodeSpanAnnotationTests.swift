import BriefContent
import BriefMarkdown
import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// Code spans are not prose: nothing in them is an entity or a quote (as code blocks).
@Suite("Code spans are not annotated")
struct CodeSpanAnnotationTests {
    @Test func annotatableTextBlanksCodeSpansOnly() {
        let document = MarkdownDocument("Say `Merkel` to *Ana*.\n\n```\nfenced\n```\n", options: [])
        let plain = document.prose.plainUTF8
        let blanked = document.prose.annotatableUTF8
        #expect(blanked.count == plain.count)
        #expect(String(decoding: plain, as: UTF8.self) == "Say Merkel to Ana.")
        #expect(String(decoding: blanked, as: UTF8.self) == "Say        to Ana.")
    }

    @Test func aQuoteAndNameInACodeSpanMakeNoEntityOrQuote() async throws {
        let site = try HostileSite()
        try site.write(
            "content/log.md",
            "---\ntitle: Log\ndate: 2025-01-01\n---\nThe log line was `“Access denied,” said Maria Lopez` in the test.\n")
        #expect(await site.build().status == 0)
        let output = try site.output()
        #expect(!output.keys.contains { $0.hasPrefix("entities/maria-lopez") })
        let page = String(decoding: try #require(output["briefings/log/index.html"]), as: UTF8.self)
        #expect(page.contains("<code>“Access denied,” said Maria Lopez</code>"))
        #expect(!page.contains("q-1"))
        let quotes = String(decoding: try #require(output["data/quotes.json"]), as: UTF8.self)
        #expect(!quotes.contains("Access denied"))
        let result = await SiteChecker(siteDirectory: site.site).check()
        #expect(!result.problems.contains { $0.message.contains("maria-lopez") })
    }

    @Test func aQuoteAroundACodeSpanKeepsTheCode() async throws {
        let site = try HostileSite()
        try site.write(
            "content/run.md",
            "---\ntitle: Run\ndate: 2025-01-01\n---\n“Run `make test` before you push,” said Maria Lopez on Monday.\n")
        #expect(await site.build().status == 0)
        let quotes = String(decoding: try #require(try site.output()["data/quotes.json"]), as: UTF8.self)
        #expect(quotes.contains("make test"), "\(quotes)")
    }
}

/// A name partly inside an author's link is linked outside it without the space between.
@Suite("Mentions beside an author's link")
struct MentionBesideLinkTests {
    @Test func theRestOfANameIsLinkedWithoutTheSpace() async throws {
        let site = try HostileSite()
        try site.write(
            "content/a.md",
            "---\ntitle: A\ndate: 2025-01-01\n---\nPresident [Emmanuel](https://example.org/) Macron spoke in Paris on Monday. Emmanuel Macron left.\n")
        #expect(await site.build().status == 0)
        let page = String(decoding: try #require(try site.output()["briefings/a/index.html"]), as: UTF8.self)
        #expect(page.contains("<a href=\"https://example.org/\">Emmanuel</a> <a class=\"entity"), "\(page)")
        #expect(page.contains("\">Macron</a> spoke"), "\(page)")
        #expect(page.contains("\">Emmanuel Macron</a> left"))
        #expect(AnnotationWeaver.pieces(of: 0..<5, outside: [10..<12], in: Array("abcdefghijklmn".utf8)) == nil)
        #expect(AnnotationWeaver.pieces(of: 0..<8, outside: [0..<3], in: Array("abc defgh".utf8)) == [4..<8])
    }
}
