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

    @Test func summariesComeFromTheFirstParagraph() {
        #expect(SummaryText.firstParagraph(ofHTML: "<h2>Head</h2>\n<p>One <em>two</em> &amp; &quot;three&quot;\nfour</p>\n<p>Next</p>") == "One two & \"three\" four")
        #expect(SummaryText.firstParagraph(ofHTML: "<h2>Only a heading</h2>") == nil)
        let long = "<p>" + Array(repeating: "word", count: 60).joined(separator: " ") + "</p>"
        #expect(SummaryText.firstParagraph(ofHTML: long) == Array(repeating: "word", count: SummaryText.wordLimit).joined(separator: " ") + "…")
    }
}
