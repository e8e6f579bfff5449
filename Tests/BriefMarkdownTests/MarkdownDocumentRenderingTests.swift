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

    /// Raw bytes not vouched for are checked by cmark: invalid sequences become U+FFFD.
    @Test func invalidUTF8BytesAreReplacedByTheParser() {
        let bytes: [UInt8] = Array("ok ".utf8) + [0xFF, 0xFE] + Array(" end".utf8)
        let document = bytes.withUnsafeBytes { MarkdownDocument(utf8: $0) }
        #expect(document.plainText == "ok \u{FFFD}\u{FFFD} end")
    }

    /// Well-formed UTF-8 parses to the same tree whether cmark checks it or is told it is valid:
    /// news punctuation, accents, CJK and a four-byte emoji, in every kind of block and inline.
    @Test(arguments: [
        "He said “yes – no” and ‘ok’ — done…",
        "# Zürich’s “plan”\n\n- 東京 and *Kraków*\n- [São Paulo](https://example.org/é) 😀\n\n> « Oui », dit-il.\n\n`código` **ç**",
        "Line one\nline two – with a tab\tand é\n\n1. first\n2. ﬁnal",
    ])
    func vouchedUTF8ParsesAsChecked(markdown: String) {
        let bytes = Array(markdown.utf8)
        for options: MarkdownOptions in [[], [.smartPunctuation]] {
            let checked = bytes.withUnsafeBytes { MarkdownDocument(utf8: $0, options: options) }
            let vouched = bytes.withUnsafeBytes { MarkdownDocument(utf8: $0, options: options, isValidUTF8: true) }
            #expect(vouched.renderHTML() == checked.renderHTML())
            #expect(vouched.plainText == checked.plainText)
            #expect(MarkdownDocument(markdown, options: options).renderXML() == checked.renderXML())
        }
    }
}
