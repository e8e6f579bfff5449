import Testing
@testable import BriefMarkdown

/// `MarkdownDocument.prose` (one lean walk) must give what the text map gives: the same plain
/// text, annotatable text and blocks, for documents of every kind, before and after wrapping.
@Suite struct MarkdownProseTests {
    @Test(arguments: MarkdownWeaveTests.optionSets)
    func proseIsThePlainTextTheMapGives(options: MarkdownOptions) {
        let extra = [
            "a `code` b `` ` `` c\n\n`only code`\n\n![alt `x`](i.png) after",
            "# `h`\n\n> `q` *`e`* [`l`](/u)\n\n- `i`",
        ]
        for markdown in MarkdownWeaveTests.documents + extra {
            let prose = MarkdownDocument(markdown, options: options).prose
            let reference = MarkdownDocument(markdown, options: options)
            #expect(prose.plainUTF8 == reference.plainTextUTF8, "\(markdown)")
            #expect(prose.annotatableUTF8 == Self.blankingCodeSpans(of: reference), "\(markdown)")
            #expect(prose.textBlocks == reference.textBlocks, "\(markdown)")
            // Wrapping (a split text node, the wrap's tags) does not change it.
            reference.wrap(0..<min(3, reference.plainTextUTF8.count), open: "<i>", close: "</i>")
            let wrapped = reference.prose
            #expect(wrapped.plainUTF8 == prose.plainUTF8, "\(markdown)")
            #expect(wrapped.annotatableUTF8 == prose.annotatableUTF8, "\(markdown)")
            #expect(wrapped.textBlocks == prose.textBlocks, "\(markdown)")
        }
    }

    /// The text map's plain text with every byte of every code span made a space: the
    /// reference the lean walk's annotatable text is held to.
    static func blankingCodeSpans(of document: MarkdownDocument) -> [UInt8] {
        document.withTextMap { map in
            var bytes = map.bytes
            for block in map.blocks {
                for leaf in block.leaves where leaf.isCode {
                    for index in leaf.start..<leaf.end { bytes[index] = 0x20 }
                }
            }
            return bytes
        }
    }

    @Test func codeSpansAreBlankedOnlyInTheAnnotatableText() {
        let prose = MarkdownDocument("say `x y` now").prose
        #expect(String(decoding: prose.plainUTF8, as: UTF8.self) == "say x y now")
        #expect(String(decoding: prose.annotatableUTF8, as: UTF8.self) == "say     now")
    }
}
