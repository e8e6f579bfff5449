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
            #expect(prose.annotatableUTF8 == reference.annotatableUTF8, "\(markdown)")
            #expect(prose.textBlocks == reference.textBlocks, "\(markdown)")
            // Once the map is built (by wrapping), the prose comes from it, splits and all.
            reference.wrap(0..<min(3, reference.plainTextUTF8.count), open: "<i>", close: "</i>")
            let fromMap = reference.prose
            #expect(fromMap.plainUTF8 == prose.plainUTF8, "\(markdown)")
            #expect(fromMap.annotatableUTF8 == prose.annotatableUTF8, "\(markdown)")
            #expect(fromMap.textBlocks == prose.textBlocks, "\(markdown)")
        }
    }

    @Test func codeSpansAreBlankedOnlyInTheAnnotatableText() {
        let prose = MarkdownDocument("say `x y` now").prose
        #expect(String(decoding: prose.plainUTF8, as: UTF8.self) == "say x y now")
        #expect(String(decoding: prose.annotatableUTF8, as: UTF8.self) == "say     now")
    }
}
