import Testing
@testable import BriefMarkdown

@Suite struct MarkdownDocumentWeavingTests {
    func wrapped(_ markdown: String, options: MarkdownOptions = [], _ wraps: [(String, Int)],
                 open: String = "<q>", close: String = "</q>") -> String {
        let document = MarkdownDocument(markdown, options: options)
        let text = document.plainText
        for (needle, occurrence) in wraps {
            document.wrap(byteRange(of: needle, in: text, occurrence: occurrence), open: open, close: close)
        }
        #expect(document.plainText == text, "wrapping must not change the plain text")
        return document.renderHTML()
    }

    @Test(arguments: [
        ("Sergei Lavrov spoke.", "Lavrov", "<p>Sergei <q>Lavrov</q> spoke.</p>\n"),
        ("Sergei Lavrov spoke.", "Sergei Lavrov spoke.", "<p><q>Sergei Lavrov spoke.</q></p>\n"),
        ("a *b c* d", "b c", "<p>a <q><em>b c</em></q> d</p>\n"),
        ("a *b c* d", "b", "<p>a <em><q>b</q> c</em> d</p>\n"),
        ("a *b c* d", "a b c d", "<p><q>a <em>b c</em> d</q></p>\n"),
        ("a *b c* d", "c d", "<p>a <em>b <q>c</q></em><q> d</q></p>\n"),
        ("a *b c* d", "a b", "<p><q>a </q><em><q>b</q> c</em> d</p>\n"),
        ("x **a *b* c** y", "b c y", "<p>x <strong>a <q><em>b</em> c</q></strong><q> y</q></p>\n"),
        ("one\ntwo three", "one two", "<p><q>one\ntwo</q> three</p>\n"),
        ("one  \ntwo", "one\ntwo", "<p><q>one<br />\ntwo</q></p>\n"),
        ("go `code` now", "go code now", "<p><q>go <code>code</code> now</q></p>\n"),
        ("go `code` now", "ode n", "<p>go <code>code</code><q> n</q>ow</p>\n"),
        ("go `code` now", "od", "<p>go <code>code</code> now</p>\n"),
        ("see ![img](i.png) now", "see  now", "<p><q>see <img src=\"i.png\" alt=\"img\" /> now</q></p>\n"),
        ("# Head *line*", "Head line", "<h1><q>Head <em>line</em></q></h1>\n"),
        ("> - deep *text*", "deep", "<blockquote>\n<ul>\n<li><q>deep</q> <em>text</em></li>\n</ul>\n</blockquote>\n"),
    ])
    func wrapsOneRange(markdown: String, target: String, html: String) {
        #expect(wrapped(markdown, [(target, 0)]) == html)
    }

    @Test func wrapsAcrossParagraphsPerBlock() {
        let html = wrapped("He said: “It began\n\nand it ended.” Then", [("began\n\nand it ended.", 0)])
        #expect(html == "<p>He said: “It <q>began</q></p>\n<p><q>and it ended.</q>” Then</p>\n")
    }

    @Test func wrapAcrossThreeBlocksCoversTheMiddleOneWhole() {
        let document = MarkdownDocument("one two\n\n# mid\n\n- three four")
        let text = document.plainText
        let start = byteRange(of: "two", in: text).lowerBound
        let end = byteRange(of: "three", in: text).upperBound
        #expect(document.wrap(start..<end, open: "<q>", close: "</q>") == 3)
        #expect(document.renderHTML() == "<p>one <q>two</q></p>\n<h1><q>mid</q></h1>\n<ul>\n<li><q>three</q> four</li>\n</ul>\n")
    }

    @Test func nestedWrapsNestInsideEarlierWraps() {
        let markdown = "Lavrov said “Sergei *Shoigu* agrees with Kyiv” today."
        let document = MarkdownDocument(markdown)
        let text = document.plainText
        document.wrap(byteRange(of: "Sergei Shoigu agrees with Kyiv", in: text), open: "<q data-speaker=\"lavrov\">", close: "</q>")
        document.wrap(byteRange(of: "Sergei Shoigu", in: text), open: "<a href=\"/e/shoigu\">", close: "</a>")
        document.wrap(byteRange(of: "Kyiv", in: text), open: "<a href=\"/e/kyiv\">", close: "</a>")
        document.wrap(byteRange(of: "Lavrov", in: text), open: "<a href=\"/e/lavrov\">", close: "</a>")
        #expect(document.renderHTML() == """
            <p><a href="/e/lavrov">Lavrov</a> said “<q data-speaker="lavrov"><a href="/e/shoigu">Sergei <em>Shoigu</em></a> \
            agrees with <a href="/e/kyiv">Kyiv</a></q>” today.</p>

            """)
    }

    @Test func equalRangesNestInWrapOrder() {
        #expect(wrapped("x Kyiv y", [("Kyiv", 0), ("Kyiv", 0)], open: "<w>", close: "</w>")
                == "<p>x <w><w>Kyiv</w></w> y</p>\n")
        let document = MarkdownDocument("x *Kyiv* y")
        let range = byteRange(of: "Kyiv", in: document.plainText)
        document.wrap(range, open: "<q>", close: "</q>")
        document.wrap(range, open: "<a>", close: "</a>")
        #expect(document.renderHTML() == "<p>x <q><a><em>Kyiv</em></a></q> y</p>\n")
    }

    @Test func innerWrapNestsInEachPieceOfASplitOuterWrap() {
        let document = MarkdownDocument("a *b c* d")
        let range = byteRange(of: "c d", in: document.plainText)
        #expect(document.wrap(range, open: "<q>", close: "</q>") == 2)
        #expect(document.wrap(range, open: "<a>", close: "</a>") == 2)
        #expect(document.renderHTML() == "<p>a <em>b <q><a>c</a></q></em><q><a> d</a></q></p>\n")
    }

    @Test func batchWrapAppliesOuterRangesFirst() {
        let document = MarkdownDocument("Lavrov said “Shoigu agrees”.")
        let text = document.plainText
        let made = document.wrap([
            MarkdownWrap(range: byteRange(of: "Shoigu", in: text), open: "<a>", close: "</a>"),
            MarkdownWrap(range: byteRange(of: "Shoigu agrees", in: text), open: "<q>", close: "</q>"),
            MarkdownWrap(range: byteRange(of: "Lavrov", in: text), open: "<a>", close: "</a>"),
        ])
        #expect(made == 3)
        #expect(document.renderHTML() == "<p><a>Lavrov</a> said “<q><a>Shoigu</a> agrees</q>”.</p>\n")
    }

    @Test func avoidingLinksWrapsAroundExistingLinks() {
        let markdown = "See [the Kremlin site](http://k.ru) for Putin"
        let document = MarkdownDocument(markdown)
        let text = document.plainText
        #expect(document.wrap(byteRange(of: "Kremlin", in: text), open: "<a>", close: "</a>", avoidingLinks: true) == 0)
        #expect(document.wrap(byteRange(of: "See the Kremlin site for", in: text), open: "<a>", close: "</a>",
                              avoidingLinks: true) == 2)
        #expect(document.renderHTML() == "<p><a>See </a><a href=\"http://k.ru\">the Kremlin site</a><a> for</a> Putin</p>\n")
        // Without the flag the wrap goes inside the link's text.
        #expect(wrapped(markdown, [("Kremlin", 0)]) == "<p>See <a href=\"http://k.ru\">the <q>Kremlin</q> site</a> for Putin</p>\n")
    }

    @Test func nonASCIITextWrapsOnByteRanges() {
        let markdown = "Kiev’s “deal” – café 日本 said"
        let document = MarkdownDocument(markdown)
        let text = document.plainText
        #expect(text == markdown)
        let deal = byteRange(of: "deal", in: text)
        #expect(deal == 12..<16)
        document.wrap(deal, open: "<q>", close: "</q>")
        document.wrap(byteRange(of: "café 日本", in: text), open: "<b>", close: "</b>")
        document.wrap(byteRange(of: "Kiev", in: text), open: "<a>", close: "</a>")
        #expect(document.renderHTML() == "<p><a>Kiev</a>’s “<q>deal</q>” – <b>café 日本</b> said</p>\n")
    }

    @Test func cutsInsideACharacterMoveToItsEnd() {
        let document = MarkdownDocument("ab日本cd")
        // 2..<5 starts at 日 and ends one byte into 本: the end moves past 本.
        document.wrap(3..<6, open: "<q>", close: "</q>")
        let html = document.renderHTML()
        #expect(html == "<p>ab日<q>本</q>cd</p>\n")
        #expect(!html.contains("\u{FFFD}"))
    }

    @Test func splitTextNodeSplitsOnceAndKeepsTheRendering() throws {
        let document = MarkdownDocument("Hello *big* world")
        let before = document.renderHTML()
        #expect(document.nodes.filter { $0.kind == .text }.count == 3)
        #expect(document.splitTextNode(at: 2))
        #expect(!document.splitTextNode(at: 2), "already a boundary")
        #expect(!document.splitTextNode(at: 0), "start of a node")
        #expect(!document.splitTextNode(at: 6), "between text nodes")
        #expect(document.nodes.compactMap(\.literal) == ["He", "llo ", "big", " world"])
        #expect(document.renderHTML() == before)
        let location = try #require(document.withTextMap { $0.location(of: 3) })
        #expect(location.offset == 1)
        #expect(location.node.literal == "llo ")
    }

    @Test func splitTextNodeRefusesCodeAndBlockGaps() {
        let document = MarkdownDocument("a `code` b\n\nc")
        #expect(!document.splitTextNode(at: 4))
        #expect(!document.splitTextNode(at: 11))
        #expect(document.plainText == "a code b\n\nc")
    }

    @Test func wrapsWorkWithSmartPunctuation() {
        let document = MarkdownDocument("He said \"no way\" -- twice.", options: .smartPunctuation)
        let text = document.plainText
        #expect(text == "He said “no way” – twice.")
        document.wrap(byteRange(of: "no way", in: text), open: "<q>", close: "</q>")
        #expect(document.renderHTML() == "<p>He said “<q>no way</q>” – twice.</p>\n")
    }

    @Test func emptyAndOutOfRangeWrapsDoNothing() {
        let document = MarkdownDocument("abc\n\ndef")
        #expect(document.wrap(1..<1, open: "<q>", close: "</q>") == 0)
        #expect(document.wrap(3..<5, open: "<q>", close: "</q>") == 0, "only the block separator")
        #expect(document.wrap(50..<60, open: "<q>", close: "</q>") == 0)
        #expect(document.renderHTML() == "<p>abc</p>\n<p>def</p>\n")
    }
}
