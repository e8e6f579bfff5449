import Testing
@testable import BriefMarkdown

@Suite struct MarkdownDocumentSafetyTests {
    @Test(arguments: [
        ("Hi <b>there</b>", "<p>Hi &lt;b&gt;there&lt;/b&gt;</p>\n"),
        ("x <script>alert(1)</script> y", "<p>x &lt;script&gt;alert(1)&lt;/script&gt; y</p>\n"),
        ("<script>alert(1)</script>\n", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"),
        ("<div>\n*not* parsed\n</div>\n\nafter", "<p>&lt;div&gt;\n*not* parsed\n&lt;/div&gt;</p>\n<p>after</p>\n"),
        ("<!-- comment -->\n", "<p>&lt;!-- comment --&gt;</p>\n"),
        ("> <iframe src=x>\n", "<blockquote>\n<p>&lt;iframe src=x&gt;</p>\n</blockquote>\n"),
        ("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>\n"),
    ])
    func rawHTMLIsEscapedByDefault(markdown: String, html: String) {
        let rendered = MarkdownDocument(markdown).renderHTML()
        #expect(rendered == html)
        #expect(!rendered.contains("raw HTML omitted"))
    }

    @Test func rawHTMLIsShownAsProseInPlainText() {
        let document = MarkdownDocument("Hi <b>there</b>\n\n<div>box</div>\n")
        #expect(document.plainText == "Hi <b>there</b>\n\n<div>box</div>")
        #expect(!document.nodes.contains { $0.kind == .htmlInline || $0.kind == .htmlBlock })
    }

    @Test(arguments: [
        ("Hi <b>there</b>", "<p>Hi <b>there</b></p>\n"),
        ("<script>alert(1)</script>\n", "<script>alert(1)</script>\n"),
        ("<div>\n*not* parsed\n</div>\n", "<div>\n*not* parsed\n</div>\n"),
    ])
    func rawHTMLPassesWithUnsafeHTML(markdown: String, html: String) {
        #expect(MarkdownDocument(markdown, options: .unsafeHTML).renderHTML() == html)
    }

    @Test func unsafeRawHTMLIsNotProse() {
        let document = MarkdownDocument("Hi <b>there</b>\n\n<div>box</div>\n", options: .unsafeHTML)
        #expect(document.plainText == "Hi there")
        #expect(document.nodes.contains { $0.kind == .htmlBlock })
    }

    static let dangerous = [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:msgbox(1)", "file:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD4=", "data:image/svg+xml,x", "&#106;avascript:alert(1)",
        "java\tscript:x", " javascript:x",
    ]

    @Test(arguments: [MarkdownOptions(), .unsafeHTML], dangerous)
    func dangerousLinkDestinationsAreEmptied(options: MarkdownOptions, url: String) {
        let document = MarkdownDocument("[a](<\(url)>) ![b](<\(url)>)", options: options)
        let html = document.renderHTML()
        // A link keeps its text with an empty destination; an image becomes its alt text.
        #expect(html == "<p><a href=\"\">a</a> b</p>\n")
        #expect(document.links.map(\.destination) == [""])
    }

    @Test(arguments: [MarkdownOptions(), .unsafeHTML])
    func dangerousAutolinksAreEmptied(options: MarkdownOptions) {
        let html = MarkdownDocument("<javascript:alert(1)>", options: options).renderHTML()
        #expect(html == "<p><a href=\"\">javascript:alert(1)</a></p>\n")
    }

    @Test(arguments: [MarkdownOptions(), .unsafeHTML], [
        "http://example.com/a?b=1", "https://x.org", "/relative/path", "page.html#frag", "mailto:a@b.c",
        "data:image/png;base64,AAAA", "data:image/jpeg;base64,AA", "data:image/webp;base64,AA", "javascript.html",
    ])
    func safeDestinationsAreKept(options: MarkdownOptions, url: String) {
        let document = MarkdownDocument("[a](<\(url)>)", options: options)
        #expect(document.links.map(\.destination) == [url])
    }

    @Test(arguments: [
        ("javascript:x", true), (" \t javascript:x", true), ("java\tscript:x", true), ("java\nscript:x", true),
        ("JAVASCRIPT:x", true), ("data:IMAGE/PNG;base64,A", false), ("data:image/pngx", false),
        ("data:", true), ("file:x", true), ("https://x", false), ("no-scheme", false), ("a/b:c", false),
    ])
    func urlSafetyClassifiesSchemes(url: String, dangerous: Bool) {
        #expect(URLSafety.isDangerous(url) == dangerous)
    }

    @Test func wrappersStillRenderInSafeMode() {
        let document = MarkdownDocument("Hello <b>world</b>")
        document.wrap(byteRange(of: "Hello", in: document.plainText), open: "<q class=\"quote\">", close: "</q>")
        #expect(document.renderHTML() == "<p><q class=\"quote\">Hello</q> &lt;b&gt;world&lt;/b&gt;</p>\n")
    }

    @Test func wrappersRenderInUnsafeModeAndSplitAroundRawHTML() {
        let document = MarkdownDocument("a <b>x</b> c", options: .unsafeHTML)
        #expect(document.plainText == "a x c")
        #expect(document.wrap(0..<3, open: "<q>", close: "</q>") == 2)
        #expect(document.renderHTML() == "<p><q>a </q><b><q>x</q></b> c</p>\n")
    }
}
