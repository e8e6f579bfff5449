import Testing
@testable import BriefMarkdown

@Suite struct MarkdownDocumentRenderingTests {
    @Test(arguments: [
        ("", ""),
        ("Hello *world*", "<p>Hello <em>world</em></p>\n"),
        ("# Title\n\nText with `code` and **bold**.\n",
         "<h1>Title</h1>\n<p>Text with <code>code</code> and <strong>bold</strong>.</p>\n"),
        ("- one\n- two\n\n> quoted\n", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n"),
        ("```swift\nlet x = 1 < 2\n```\n", "<pre><code class=\"language-swift\">let x = 1 &lt; 2\n</code></pre>\n"),
        ("[link](http://example.com \"T\") ![alt](a.png)",
         "<p><a href=\"http://example.com\" title=\"T\">link</a> <img src=\"a.png\" alt=\"alt\" /></p>\n"),
        ("a\nb", "<p>a\nb</p>\n"),
    ])
    func rendersGoldenHTML(markdown: String, html: String) {
        #expect(MarkdownDocument(markdown).renderHTML() == html)
    }

    @Test func emptyDocumentHasNoTextAndNoHTML() {
        let document = MarkdownDocument("")
        #expect(document.renderHTML() == "")
        #expect(document.plainText == "")
        #expect(document.textBlocks.isEmpty)
        #expect(document.wrap(0..<10, open: "<q>", close: "</q>") == 0)
        #expect(document.nodes.map(\.kind) == [.document])
    }

    @Test func hardBreaksOptionRendersSoftBreaksAsBR() {
        let document = MarkdownDocument("a\nb", options: .hardBreaks)
        #expect(document.renderHTML() == "<p>a<br />\nb</p>\n")
        #expect(document.plainText == "a\nb")
        #expect(MarkdownDocument("a\nb").plainText == "a b")
    }

    @Test func smartPunctuationCurlsQuotesAndDashesOnlyWhenAsked() {
        let markdown = "He said \"yes -- no\" and 'ok' --- done..."
        let smart = MarkdownDocument(markdown, options: .smartPunctuation)
        #expect(smart.renderHTML() == "<p>He said “yes – no” and ‘ok’ — done…</p>\n")
        #expect(smart.plainText == "He said “yes – no” and ‘ok’ — done…")
        let plain = MarkdownDocument(markdown)
        #expect(plain.renderHTML() == "<p>He said &quot;yes -- no&quot; and 'ok' --- done...</p>\n")
        #expect(plain.plainText == markdown)
    }

    @Test func invalidUTF8IsReplacedNotFatal() {
        let bytes: [UInt8] = Array("ok ".utf8) + [0xFF, 0xFE] + Array(" end".utf8)
        let document = MarkdownDocument(String(decoding: bytes, as: UTF8.self))
        #expect(document.plainText == "ok \u{FFFD}\u{FFFD} end")
    }
}
