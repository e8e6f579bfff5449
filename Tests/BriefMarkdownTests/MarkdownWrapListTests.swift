import BriefTestSupport
import Testing
@testable import BriefMarkdown

/// `MarkdownWrapList` holds wraps with shared markup: weaving it must make what the same wraps
/// as `MarkdownWrap` values make, and its byte writers must write what their String forms say.
@Suite struct MarkdownWrapListTests {
    @Test func sharedMarkupWeavesAsSeparateStringsDo() {
        let markdown = "Sergei Lavrov met *Lavrov's* aides in Kyiv.\n\n“Kyiv is calm,” said [Lavrov](/l) in Kyiv."
        let document = MarkdownDocument(markdown)
        let text = document.plainTextUTF8
        var list = MarkdownWrapList()
        let open = list.append("<a class=\"entity\" href=\"../x\">")
        let close = list.append("</a>" as StaticString)
        let quoteStart = list.end
        list.appendBytes(of: "<span id=\"q-" as StaticString)
        list.appendDecimal(12)
        list.appendBytes(of: "\">" as StaticString)
        let quoteOpen = list.markup(since: quoteStart)
        let quoteClose = list.append("</span>")
        // Every word, one shared open tag; a quote around the second paragraph's first sentence.
        for word in MarkdownWeaveTests.wordRanges(text) { list.add(word, open: open, close: close, avoidingLinks: true) }
        let second = document.textBlocks[1].range
        list.add(second.lowerBound..<(second.lowerBound + 17), open: quoteOpen, close: quoteClose)

        var fromList = MarkdownWeave(document)
        fromList.wrap(list)
        var fromStrings = MarkdownWeave(document)
        fromStrings.wrap(list.wraps)
        document.wrap(list.wraps)
        #expect(fromList.renderHTML() == fromStrings.renderHTML())
        #expect(fromList.renderHTML() == document.renderHTML())
        #expect(list.wraps.last?.open == "<span id=\"q-12\">")
        #expect(list.wraps.first?.close == "</a>")
    }

    @Test func listMadeFromWrapsKeepsThemInOrder() {
        let wraps = [
            MarkdownWrap(range: 3..<9, open: "<b>", close: "</b>"),
            MarkdownWrap(range: 0..<2, open: "<i class=\"é\">", close: "</i>", avoidingLinks: true),
        ]
        #expect(MarkdownWrapList(wraps).wraps == wraps)
        #expect(MarkdownWrapList(wraps).count == 2)
    }

    @Test(arguments: [0, 7, 10, 99, 1_234_567, -42, Int.max, Int.min])
    func decimalsAreWrittenAsStringDoes(value: Int) {
        var list = MarkdownWrapList()
        list.appendDecimal(value)
        #expect(list.markup == Array(String(value).utf8))
    }

    @Test(arguments: ["", "plain", "a & b < c > d \"e\" 'f'", "&&", "'", "Ünï & 日本 \"x\""])
    func escapedTextHasEveryMarkupCharacterAsAnEntity(text: String) {
        var list = MarkdownWrapList()
        list.appendEscaped(text)
        var expected = ""
        for character in text {
            switch character {
            case "&": expected += "&amp;"
            case "<": expected += "&lt;"
            case ">": expected += "&gt;"
            case "\"": expected += "&quot;"
            case "'": expected += "&#39;"
            default: expected.append(character)
            }
        }
        #expect(String(decoding: list.markup, as: UTF8.self) == expected)
    }

    /// The packed-key sort and the comparing sort give `MarkdownDocument.wrap(_:)`'s order.
    @Test(arguments: [40, 1 << 30])
    func wrapsAreOrderedByStartThenLongestFirstThenGivenOrder(span: Int) {
        var random = SplitMix(seed: UInt64(span))
        let none = MarkdownWrapList.Markup(start: 0, count: 0)
        for _ in 0..<50 {
            let items = (0..<Int(random.next() % 40)).map { _ in
                let a = Int(random.next() % UInt64(span)), b = Int(random.next() % UInt64(span))
                return MarkdownWrapList.Item(lower: min(a, b), upper: max(a, b), open: none, close: none, avoidingLinks: false)
            }
            let expected = items.indices.sorted { a, b in
                let x = items[a], y = items[b]
                return (x.lower, y.upper - y.lower, a) < (y.lower, x.upper - x.lower, b)
            }
            #expect(WeaveTree.order(items) == expected)
        }
    }
}
