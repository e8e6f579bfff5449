import Testing
@testable import BriefMarkdown

/// Pathological nesting must not overflow any stack: cmark's walks and ours are iterative.
@Suite struct MarkdownDocumentDepthTests {
    static let depth = 10_000

    // Named, so that a failure does not print a 10,000-character argument.
    static let documents: [String: String] = [
        "block quotes": String(repeating: ">", count: depth) + " deep *text* here\n",
        "lists": String(repeating: "- ", count: depth) + "deep *text* here\n",
        "quoted ordered lists": String(repeating: "> 1. ", count: depth / 2) + "deep *text* here\n",
        "emphasis": String(repeating: "*", count: depth) + "deep text here" + String(repeating: "*", count: depth),
        "links": String(repeating: "[", count: depth) + "deep text here" + String(repeating: "](u)", count: depth),
        "open emphasis": String(repeating: "_a ", count: depth) + "deep text here",
    ]

    @Test(arguments: documents.keys.sorted())
    func deepNestingParsesWalksWrapsAndRenders(name: String) throws {
        let document = MarkdownDocument(Self.documents[name]!)
        let text = document.plainText
        let range = byteRange(of: "text", in: text)
        #expect(document.wrap(range, open: "<q>", close: "</q>") >= 1)
        #expect(document.wrap(0..<text.utf8.count, open: "<w>", close: "</w>") >= 1)
        let html = document.renderHTML()
        #expect(html.contains("<q><w>"))
        #expect(nestingError(in: html) == nil)
        var deepest = 0
        document.walk { deepest = max(deepest, $0.depth) }
        #expect(deepest >= 3)
        _ = document.links
        _ = document.headings
        #expect(document.plainText == text)
    }

    @Test func deepBlockQuotesKeepTheirDepthInTheSnapshot() {
        let document = MarkdownDocument(String(repeating: ">", count: Self.depth) + " x")
        let nodes = document.nodes
        #expect(nodes.filter { $0.kind == .blockQuote }.count == Self.depth)
        #expect(nodes.last?.depth == Self.depth + 2)
        #expect(nodes.last?.literal == "x")
    }
}
