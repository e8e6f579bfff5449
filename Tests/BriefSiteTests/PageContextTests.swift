import BriefTestSupport
import BriefMarkdown
import Testing
@testable import BriefSite

@Suite("Page context")
struct PageContextTests {
    @Test(arguments: [
        ("index.html", "", "index.html", "assets/brief.css"),
        ("page/2/index.html", "../../", "../../index.html", "../../assets/brief.css"),
        ("briefings/nato/index.html", "../../", "../../index.html", "../../assets/brief.css"),
    ])
    func linksAreRelativeToThePage(path: String, root: String, home: String, stylesheet: String) {
        let context = PageContext(kind: "index", path: path, baseURL: "")
        #expect(context.root == root)
        #expect(context.home == home)
        #expect(context.stylesheet == stylesheet)
        #expect(context.canonicalURL == nil)
    }

    @Test func canonicalURLsUseTheBaseURLAndThePagesFolder() {
        #expect(PageContext(kind: "briefing", path: "briefings/nato/index.html", baseURL: "https://x.org").canonicalURL == "https://x.org/briefings/nato/")
        #expect(PageContext(kind: "index", path: "index.html", baseURL: "https://x.org/brief/").canonicalURL == "https://x.org/brief/")
    }

    static func firstParagraph(_ markdown: String) -> String? {
        let document = MarkdownDocument(markdown)
        return SummaryText.firstParagraph(ofPlainText: Array(document.plainText.utf8), blocks: document.textBlocks)
    }

    @Test func summariesComeFromTheFirstParagraph() {
        #expect(Self.firstParagraph("## Head\n\nOne *two* & \"three\"\nfour\n\nNext\n") == "One two & \"three\" four")
        #expect(Self.firstParagraph("## Only a heading\n") == nil)
        let long = Array(repeating: "word", count: 60).joined(separator: " ")
        #expect(Self.firstParagraph(long) == Array(repeating: "word", count: SummaryText.wordLimit).joined(separator: " ") + "…")
    }
}

/// The byte count of path parts against `split`, which it replaced.
@Suite("Page context path depth")
struct PageContextDepthTests {
    @Test(arguments: ["", "/", "index.html", "a/index.html", "/a//b/", "briefings/x/index.html", "a/\u{301}b", "é/x/y", "a/b\r\n/c"])
    func componentCountMatchesSplit(_ path: String) {
        #expect(PageContext.componentCount(path) == path.split(separator: "/").count)
    }
}
