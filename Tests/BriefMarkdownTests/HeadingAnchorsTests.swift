import Foundation
import Testing
@testable import BriefMarkdown

/// Headings get ids as Hugo and GitHub make them; the woven HTML differs from cmark's only by
/// those ids; the ids `brief check` computes without weaving are the same.
@Suite struct HeadingAnchorsTests {
    @Test(arguments: [
        ("Reactions", "reactions"),
        ("  Hello, World!  ", "hello-world"),
        ("Réactions à l’OTAN", "réactions-à-l-otan"),
        ("Київ і НАТО: 2025", "київ-і-нато-2025"),
        ("日本語のテキスト 2", "日本語のテキスト-2"),
        ("C++ & Go -- 3.5", "c-go-3-5"),
        ("e\u{301}te\u{301}", "e\u{301}te\u{301}"),
        ("under_score--dash", "under-score-dash"),
        ("!!!", "heading"),
        ("", "heading"),
    ])
    func slugKeepsLettersAndDigitsOfAnyScript(text: String, expected: String) {
        #expect(HeadingAnchors.slug(text) == expected)
    }

    @Test func repeatedAndReservedIDsGetTheFirstFreeSuffix() {
        #expect(HeadingAnchors.ids(for: ["A", "A", "A 1", "A", "B"]) == ["a", "a-1", "a-1-1", "a-2", "b"])
        let reserved: Set<String> = ["main", "q-3", "main-1"]
        #expect(HeadingAnchors.ids(for: ["Main", "Q 3", "Main", "Q 3"], isReserved: reserved.contains)
            == ["main-2", "q-3-1", "main-3", "q-3-2"])
    }

    /// A reservation of a whole form (quote ids: `q-` and digits) takes every suffix of `q`.
    @Test func aBaseWhoseSuffixesAreAllReservedEndsWithAnotherBase() {
        let quoteForm: (String) -> Bool = { id in
            id.hasPrefix("q-") && id.count > 2 && id.dropFirst(2).allSatisfy { $0 >= "0" && $0 <= "9" }
        }
        #expect(HeadingAnchors.ids(for: ["Q", "Q", "Q.", "Q:"], isReserved: quoteForm)
            == ["q", "q-heading", "q-heading-1", "q-heading-2"])
    }

    @Test(arguments: MarkdownWeaveTests.optionSets)
    func wovenHTMLDiffersFromCmarksOnlyByHeadingIDs(options: MarkdownOptions) {
        let documents = MarkdownWeaveTests.documents + [
            "# Reactions\n\nText.\n\n## Reactions\n\n### The *big* `deal` [link](/x) ![alt *t*](y.png)\n\nSetext\n---\n",
            "#\n\n# !!!\n\n> ## Quoted heading\n\n- ## Listed <b>raw</b> heading",
        ]
        for markdown in documents {
            let document = MarkdownDocument(markdown, options: options)
            var weave = MarkdownWeave(document)
            let ids = weave.identifyHeadings()
            #expect(ids == document.headingIDs(), "\(markdown)")
            #expect(ids.count == document.headings.count)
            let html = weave.renderHTML()
            var expected = document.renderHTML()
            // Put each id where the woven HTML has it: right after `<hN` of the Nth heading.
            var from = expected.startIndex
            for id in ids {
                let open = expected.range(of: #"<h[1-6]>"#, options: .regularExpression, range: from..<expected.endIndex)!
                let insertAt = expected.index(open.lowerBound, offsetBy: 3)
                expected.insert(contentsOf: " id=\"\(id)\"", at: insertAt)
                from = insertAt
            }
            #expect(html == expected, "\(markdown)")
        }
    }

    @Test func headingIDsComeFromTheirPlainText() {
        let markdown = "## The *big* `deal` [link](/x) ![alt](y.png)\n\n# Reactions\n\n# Reactions\n"
        var weave = MarkdownWeave(MarkdownDocument(markdown))
        #expect(weave.identifyHeadings() == ["the-big-deal-link-alt", "reactions", "reactions-1"])
        let html = weave.renderHTML()
        #expect(html.hasPrefix(#"<h2 id="the-big-deal-link-alt">The <em>big</em>"#))
        #expect(html.contains(#"<h1 id="reactions-1">Reactions</h1>"#))
    }

    @Test func rawHTMLHeadingsAreLeftAlone() {
        let markdown = "<h2>Raw</h2>\n\n## Real\n"
        var weave = MarkdownWeave(MarkdownDocument(markdown, options: [.unsafeHTML]))
        #expect(weave.identifyHeadings() == ["real"])
        #expect(weave.renderHTML() == "<h2>Raw</h2>\n<h2 id=\"real\">Real</h2>\n")
    }

    @Test func idsWrittenInRawHTMLCountOnlyWhereRawHTMLIsShown() {
        let markdown = "<div id=\"top\" class=x>\n\n</div>\n\nText <a name='here'></a> and <span data-id=\"no\" ID = bare>.\n"
        #expect(MarkdownDocument(markdown, options: [.unsafeHTML]).rawHTMLIDs == ["top", "here", "bare"])
        #expect(MarkdownDocument(markdown).rawHTMLIDs == [])
    }
}

/// `rewriteLinks`: a link can become its content, as if it had never been a link.
@Suite struct LinkRewritingTests {
    @Test(arguments: MarkdownWeaveTests.optionSets)
    func anUnlinkedLinkRendersAsItsText(options: MarkdownOptions) {
        let linked = MarkdownDocument("See [ghost *x* `c`](entity:nobody \"t\") now, [kept](/k) and ![img](entity:i).\n", options: options)
        let plain = MarkdownDocument("See ghost *x* `c` now, [kept](/k) and ![img](entity:i).\n", options: options)
        let before = linked.plainTextUTF8
        linked.rewriteLinks { $0.hasPrefix("entity:") ? .unlink : .keep }
        #expect(linked.renderHTML() == plain.renderHTML())
        #expect(MarkdownWeave(linked).renderHTML() == plain.renderHTML())
        #expect(linked.plainTextUTF8 == before)
        // The image stays: an image is never unlinked.
        #expect(linked.linkAndImageDestinations == ["/k", "entity:i"])
    }

    @Test func destinationsAreReplacedAndChecked() {
        let document = MarkdownDocument("[a](one) [b](two) [c](three)")
        document.rewriteLinks { destination in
            switch destination {
            case "one": .destination("uno")
            case "two": .destination("javascript:alert(1)")
            default: .keep
            }
        }
        #expect(document.renderHTML() == "<p><a href=\"uno\">a</a> <a href=\"\">b</a> <a href=\"three\">c</a></p>\n")
    }
}
