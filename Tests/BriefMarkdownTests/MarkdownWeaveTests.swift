import BriefTestSupport
import Testing
@testable import BriefMarkdown

/// `MarkdownWeave` must make exactly what cmark makes of the same document with the same wraps
/// (`MarkdownDocument.wrap` then `renderHTML`): checked on documents covering every node kind,
/// with wraps of every word, every run of words and seeded random ranges.
@Suite struct MarkdownWeaveTests {
    static let documents: [String] = [
        "",
        "Sergei Lavrov spoke.",
        "a *b c* d",
        "x **a *b* c** y and _more_ here",
        "one\ntwo three\nfour",
        "one  \ntwo\\\nthree",
        "go `code` now and `a<b & \"c\"` then",
        "see ![img *x* `y`\nz](i.png \"T & t\") now ![](e.png) and ![a](<>)",
        "# Head *line*\n\n## Second `code`\n\nSetext\n======\n",
        "> - deep *text*\n> - more [link](http://x.org/a?b=1&c='2' \"title\")\n>\n> quote para",
        "- a\n- b\n\n1. one\n2. two\n\n3. three\n\n   loose\n4. four\n",
        "7) seven\n8) eight\n\n- [ ] task\n  * nested *em*\n\n    indented code\n",
        "```swift x y\nlet a = \"<b>\" & c\n```\n\n```language-js\nz\n```\n\n```\nplain\n```\n\n    indented <code>\n",
        "text <b>bold</b> &amp; &copy; &#35; \\* after\n\n<div>\nblock *html*\n</div>\n\nend",
        "He said: “It began\n\nand it ended.” Then ‘single’ «guillemets» — dash…",
        "[Reuters](https://reuters.com/a%20b \"\") reported that [Lavrov](/e/lavrov) said \"it\" [empty]() [](/x)",
        "***\n\n---\n\nA paragraph after rules\n\n* * *",
        "Links: <https://example.org/x?y=1&z=2> and <mail@example.org> and [ref][r]\n\n[r]: /ref \"Ref Title\"",
        "javascript: [bad](javascript:alert(1)) [data](data:text/html;base64,xx) [img](data:image/png;base64,AA)",
        "Ünïcödé wörds, 日本語のテキスト, emoji 😀 and ℌ𝔢𝔩𝔩𝔬\n\n**Ünï**cödé",
        "a **b [c *d* e](/u) f** g\n\nh *i **j** k* l",
        "para one\n\n\n\npara two\n\n![only](image.png)\n\npara three",
        "| not | a table |\n|---|---|\n| x | y |",
        "Line with trailing spaces   \nand hard break\\\nand tab\tchar",
        "1. a\n\n   ```\n   code in list\n   ```\n2. b\n   > quote in list\n",
        "<span>inline</span> html and <!-- comment --> and <?pi?> end",
    ]

    static let optionSets: [MarkdownOptions] = [[], [.unsafeHTML], [.hardBreaks], [.smartPunctuation], [.unsafeHTML, .hardBreaks, .smartPunctuation]]

    /// Both renderings of `markdown` with `wraps`; also checks the plain text and blocks agree.
    func bothRenderings(_ markdown: String, options: MarkdownOptions, wraps: [MarkdownWrap]) -> (cmark: String, weave: String) {
        let document = MarkdownDocument(markdown, options: options)
        var weave = MarkdownWeave(document)
        #expect(weave.plainTextUTF8 == document.plainTextUTF8)
        #expect(weave.textBlocks == document.textBlocks)
        weave.wrap(wraps)
        document.wrap(wraps)
        // The bytes the build carries are the String's bytes and valid UTF-8 as they are.
        let bytes = weave.renderHTMLUTF8()
        #expect(bytes == Array(weave.renderHTML().utf8))
        #expect(String(validating: bytes, as: UTF8.self) != nil)
        return (document.renderHTML(), weave.renderHTML())
    }

    @Test(arguments: optionSets)
    func unwrappedDocumentsRenderAsCmarkDoes(options: MarkdownOptions) {
        for markdown in Self.documents {
            let (cmark, weave) = bothRenderings(markdown, options: options, wraps: [])
            #expect(weave == cmark, "\(markdown)")
        }
    }

    @Test(arguments: optionSets)
    func everyWordAndRunWrappedRendersAsCmarkDoes(options: MarkdownOptions) {
        for markdown in Self.documents {
            let text = MarkdownDocument(markdown, options: options).plainTextUTF8
            let words = Self.wordRanges(text)
            var wraps: [MarkdownWrap] = []
            // Runs of three words (crossing formatting and blocks) outside, then every word inside.
            for i in stride(from: 0, to: words.count, by: 3) {
                let last = words[min(i + 2, words.count - 1)]
                wraps.append(MarkdownWrap(range: words[i].lowerBound..<last.upperBound, open: "<span class=\"q\">", close: "</span><a>badge</a>"))
            }
            for (n, word) in words.enumerated() {
                wraps.append(MarkdownWrap(range: word, open: "<a href=\"e/\(n)\">", close: "</a>", avoidingLinks: n % 2 == 0))
            }
            let (cmark, weave) = bothRenderings(markdown, options: options, wraps: wraps)
            #expect(weave == cmark, "\(markdown)")
        }
    }

    @Test(arguments: optionSets)
    func randomRangesRenderAsCmarkDoes(options: MarkdownOptions) {
        var random = SplitMix(seed: 0x5EED)
        for markdown in Self.documents {
            let count = MarkdownDocument(markdown, options: options).plainTextUTF8.count
            for _ in 0..<12 {
                var wraps: [MarkdownWrap] = []
                for n in 0..<Int(random.next() % 12) {
                    let a = Int(random.next() % UInt64(count + 3))
                    let b = Int(random.next() % UInt64(count + 3))
                    wraps.append(MarkdownWrap(range: min(a, b)..<max(a, b), open: "<w\(n)>", close: "</w\(n)>", avoidingLinks: random.next() % 3 == 0))
                }
                let (cmark, weave) = bothRenderings(markdown, options: options, wraps: wraps)
                #expect(weave == cmark, "\(markdown) \(wraps.map(\.range))")
            }
        }
    }

    /// Escapes make the HTML longer than the room reserved for it, and many wraps of one
    /// paragraph move its leaves more than once: both still render as cmark does.
    @Test func longEscapedTextWithManyWrapsRendersAsCmarkDoes() {
        let markdown = (0..<600).map { "a&b<\"c\"> w\($0)" }.joined(separator: " ")
        let text = MarkdownDocument(markdown).plainTextUTF8
        let wraps = Self.wordRanges(text).enumerated().map { index, range in
            MarkdownWrap(range: range, open: "<b id=\"w\(index)\">", close: "</b>")
        }
        let (cmark, weave) = bothRenderings(markdown, options: [], wraps: wraps)
        #expect(weave == cmark)
        #expect(weave.utf8.count > 4 * text.count)
    }

    @Test func wrapsAppliedInTwoCallsNestLikeCmark() {
        let markdown = "Alpha beta *gamma delta* epsilon"
        let document = MarkdownDocument(markdown)
        var weave = MarkdownWeave(document)
        let outer = [MarkdownWrap(range: 0..<22, open: "<q>", close: "</q>")]
        let inner = [MarkdownWrap(range: 6..<16, open: "<a>", close: "</a>")]
        document.wrap(outer)
        document.wrap(inner)
        weave.wrap(outer)
        weave.wrap(inner)
        #expect(weave.renderHTML() == document.renderHTML())
        #expect(weave.renderHTML() == "<p><q>Alpha <a>beta </a><em><a>gamma</a> delta</em></q> epsilon</p>\n")
    }

    @Test func containerRangesAreThoseOfEmphasisStrongAndLinks() {
        let weave = MarkdownWeave(MarkdownDocument("a *b* **c [d](/u) e** ![x *y*](i.png) f\n\ng *h*"))
        let text = weave.plainTextUTF8
        let pieces = weave.inlineContainerRanges.map { String(decoding: text[$0], as: UTF8.self) }.sorted()
        #expect(pieces == ["b", "c d e", "d", "h"])
        #expect(weave.hasLinks)
        #expect(!MarkdownWeave(MarkdownDocument("![only an image](i.png)")).hasLinks)
    }

    /// Byte ranges of runs of letters and digits (any non-ASCII byte counts as a letter).
    static func wordRanges(_ text: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        for (i, byte) in text.enumerated() {
            let isWord = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            if isWord, start == nil { start = i }
            if !isWord, let s = start { result.append(s..<i); start = nil }
        }
        if let s = start { result.append(s..<text.count) }
        return result
    }
}
