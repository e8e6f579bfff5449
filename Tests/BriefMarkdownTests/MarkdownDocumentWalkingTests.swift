import Testing
@testable import BriefMarkdown

@Suite struct MarkdownDocumentWalkingTests {
    static let sample = """
        # Talks in *Geneva*

        Intro with [a link](https://a.example "Title") here.
        Second line with [another](/b) and ![pic](p.png).

        - item with [third](c.html)
        > quoted `code`

        ```
        [not a link](x)
        ```
        ## Second
        """

    @Test func linksCarryDestinationTextAndLine() {
        let links = MarkdownDocument(Self.sample).links
        #expect(links == [
            MarkdownLink(destination: "https://a.example", title: "Title", text: "a link", line: 3, column: 12),
            MarkdownLink(destination: "/b", title: "", text: "another", line: 4, column: 18),
            MarkdownLink(destination: "p.png", title: "", text: "pic", line: 4, column: 36, isImage: true),
            MarkdownLink(destination: "c.html", title: "", text: "third", line: 6, column: 13),
        ])
    }

    @Test func headingsCarryLevelTextAndLine() {
        #expect(MarkdownDocument(Self.sample).headings == [
            MarkdownHeading(level: 1, text: "Talks in Geneva", line: 1),
            MarkdownHeading(level: 2, text: "Second", line: 12),
        ])
    }

    @Test func plainTextHasProseBlocksButNoCodeBlocks() {
        let document = MarkdownDocument(Self.sample)
        #expect(document.plainText == """
            Talks in Geneva

            Intro with a link here. Second line with another and .

            item with third

            quoted code

            Second
            """)
        let blocks = document.textBlocks
        #expect(blocks.map(\.kind) == [.heading(level: 1), .paragraph, .paragraph, .paragraph, .heading(level: 2)])
        #expect(blocks.map(\.line) == [1, 3, 6, 7, 12])
        #expect(blocks.map { slice(document.plainText, $0.range) }
                == ["Talks in Geneva", "Intro with a link here. Second line with another and .",
                    "item with third", "quoted code", "Second"])
    }

    @Test func walkVisitsEveryNodeInPreOrderWithParents() {
        let document = MarkdownDocument("> A *b* `c`\n\n1. x\n")
        let nodes = document.nodes
        #expect(nodes.map(\.kind) == [
            .document, .blockQuote, .paragraph, .text, .emphasis, .text, .text, .code,
            .list(ordered: true, start: 1, tight: true), .item, .paragraph, .text,
        ])
        #expect(nodes.map(\.depth) == [0, 1, 2, 3, 3, 4, 3, 3, 1, 2, 3, 4])
        #expect(nodes.map(\.parent) == [nil, 0, 1, 2, 2, 4, 2, 2, 0, 8, 9, 10])
        #expect(nodes.enumerated().allSatisfy { $0.offset == $0.element.index })
        #expect(nodes.compactMap(\.literal) == ["A ", "b", " ", "c", "x"])
        #expect(nodes.map(\.line) == [1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3])
        #expect(nodes[4].column == 5)
        var visited = 0
        document.walk { _ in visited += 1 }
        #expect(visited == nodes.count)
    }

    @Test func walkShowsWrappersAndCodeBlockInfo() {
        let document = MarkdownDocument("Say hi\n\n~~~ python\nx\n~~~\n")
        document.wrap(0..<3, open: "<q>", close: "</q>")
        let kinds = document.nodes.map(\.kind)
        #expect(kinds.contains(.wrapper(open: "<q>", close: "</q>")))
        #expect(kinds.contains(.codeBlock(info: "python")))
        let wrapper = document.nodes.first { $0.kind == .wrapper(open: "<q>", close: "</q>") }
        #expect(wrapper?.line == 1)
    }
}
