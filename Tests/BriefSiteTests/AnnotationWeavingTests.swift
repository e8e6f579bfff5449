import BriefAnnotate
import BriefContent
import BriefMarkdown
import Foundation
import Testing
@testable import BriefSite

@Suite("Weaving annotations into briefings")
struct AnnotationWeavingTests {
    static func range(of needle: String, in text: String) -> Range<Int> {
        let bytes = Array(text.utf8)
        let target = Array(needle.utf8)
        for start in 0...(bytes.count - target.count) where bytes[start..<(start + target.count)].elementsEqual(target) {
            return start..<(start + target.count)
        }
        fatalError("\(needle) not in \(text)")
    }

    /// Renders `markdown` with an annotation made by `annotate` from its plain text.
    static func render(_ markdown: String, _ annotate: (String) -> Annotation) -> String {
        let briefing = Briefing(path: "content/a.md", format: .markdown, slug: "a", title: "A", markdown: markdown)
        let renderer = BriefingRenderer(markdownOptions: [])
        let text = MarkdownDocument(markdown).plainText
        var summary = BriefingSummary(briefing: briefing, summary: nil)
        let annotation = annotate(text)
        summary.entities = BriefingRenderer.entityCounts(annotation)
        let annotated = AnnotatedBriefing(briefing: briefing, annotation: annotation, summary: summary)
        return renderer.render(annotated, entities: SiteEntities(summaries: [summary], notes: [])).bodyHTML
    }

    static let markdown = "Sergei Lavrov said in [Kyiv](https://example.org/): “we will go to Kyiv” today.\n"

    static func annotation(_ text: String) -> Annotation {
        let lavrov = range(of: "Sergei Lavrov", in: text)
        let quote = range(of: "we will go to Kyiv", in: text)
        let kyivInLink = range(of: "Kyiv", in: text)
        let kyiv = (quote.upperBound - 4)..<quote.upperBound
        return Annotation(
            mentions: [
                EntityMention(range: lavrov, entityID: "sergei-lavrov", type: .person),
                EntityMention(range: kyivInLink, entityID: "kyiv", type: .place),
                EntityMention(range: kyiv, entityID: "kyiv", type: .place),
            ],
            quotes: [Quote(range: quote, kind: .full, cue: "said", speakerID: "sergei-lavrov", speaker: "Sergei Lavrov")],
            entities: [Entity(id: "sergei-lavrov", name: "Sergei Lavrov", type: .person), Entity(id: "kyiv", name: "Kyiv", type: .place)])
    }

    @Test func quotesAndMentionsBecomeMarkup() throws {
        let html = Self.render(Self.markdown, Self.annotation)
        let tags = HTMLTags.parse(html)
        let quote = try #require(tags.first { $0.attributes["class"]?.contains("quote ") == true })
        #expect(quote.name == "span")
        #expect(quote.attributes["id"] == "q-1")
        #expect(quote.attributes["class"] == "quote quote-full")
        #expect(quote.attributes["data-speaker"] == "sergei-lavrov")
        let badge = try #require(tags.first { $0.attributes["class"] == "quote-speaker" })
        #expect(badge.name == "a")
        #expect(badge.attributes["href"] == "../../entities/sergei-lavrov/index.html")
        #expect(badge.ancestors == ["p"], "the badge follows the quote, outside it")
        let person = try #require(tags.first { $0.attributes["class"] == "entity entity-person" })
        #expect(person.attributes["href"] == "../../entities/sergei-lavrov/index.html")
        // The second Kyiv is inside the quote: the link nests in the quote's span.
        let places = tags.filter { $0.attributes["class"] == "entity entity-place" }
        #expect(places.count == 1, "the Kyiv inside the Markdown link is not linked again")
        #expect(places.first?.ancestors.last == "span")
        // The highlight takes in the quotation marks; the badge comes after the closing one.
        #expect(html.contains("<span id=\"q-1\" class=\"quote quote-full\" data-speaker=\"sergei-lavrov\">“we will go to"))
        #expect(html.contains("Kyiv</a>”</span><a class=\"quote-speaker\""))
    }

    @Test("guillemets with French spaces inside are highlighted with the quote", arguments: [" ", "\u{00A0}", "\u{202F}"])
    func guillemetsWithInnerSpaces(space: String) {
        let markdown = "Le ministre : «\(space)nous agirons\(space)» hier.\n"
        let html = Self.render(markdown) { text in
            Annotation(quotes: [Quote(range: Self.range(of: "nous agirons", in: text), kind: .full)])
        }
        #expect(html.contains("<span id=\"q-1\" class=\"quote quote-full\">«\(space)nous agirons\(space)»</span>"), "\(html)")
    }

    @Test func noLinkEverNestsInALink() {
        let html = Self.render(Self.markdown, Self.annotation)
        for tag in HTMLTags.parse(html) where tag.name == "a" {
            #expect(!tag.ancestors.contains("a"), "nested link: \(tag)")
        }
    }

    @Test func aQuoteInsideAMarkdownLinkGetsAPlainBadge() {
        let markdown = "Lavrov: see [he said “go now” there](https://example.org/).\n"
        let html = Self.render(markdown) { text in
            Annotation(
                mentions: [EntityMention(range: Self.range(of: "Lavrov", in: text), entityID: "sergei-lavrov", type: .person)],
                quotes: [Quote(range: Self.range(of: "go now", in: text), kind: .partial, speakerID: "sergei-lavrov", speaker: "Sergei Lavrov")],
                entities: [Entity(id: "sergei-lavrov", name: "Sergei Lavrov", type: .person)])
        }
        let tags = HTMLTags.parse(html)
        for tag in tags where tag.name == "a" { #expect(!tag.ancestors.contains("a"), "nested link: \(tag)") }
        #expect(tags.contains { $0.attributes["class"] == "quote-speaker-name" && $0.ancestors.contains("a") })
        #expect(!tags.contains { $0.attributes["class"] == "quote-speaker" })
        #expect(tags.contains { $0.attributes["class"] == "quote quote-partial" })
    }

    @Test func aQuoteOverTwoParagraphsHasOneIdAndOneBadge() {
        let markdown = "Lavrov said: “First part.\n\nSecond part.”\n"
        let html = Self.render(markdown) { text in
            let start = Self.range(of: "First", in: text).lowerBound
            let end = Self.range(of: "part.”", in: text).lowerBound + 5
            return Annotation(
                mentions: [EntityMention(range: Self.range(of: "Lavrov", in: text), entityID: "lavrov", type: .person)],
                quotes: [Quote(range: start..<end, kind: .full, speakerID: "lavrov", speaker: "Lavrov")],
                entities: [Entity(id: "lavrov", name: "Lavrov", type: .person)])
        }
        let tags = HTMLTags.parse(html)
        #expect(tags.filter { $0.attributes["class"]?.hasPrefix("quote quote-full") == true }.count == 2)
        #expect(tags.filter { $0.attributes["id"] == "q-1" }.count == 1)
        #expect(tags.filter { $0.attributes["class"] == "quote-speaker" }.count == 1)
    }

    @Test func aQuoteReopenedInTheNextParagraphListsItsWordsWithoutTheInnerMark() {
        let briefing = Briefing(path: "a.md", format: .markdown, slug: "a", title: "A",
                                markdown: "Anna Kestrel told reporters: “We came to talk.\n\n“We will stay until it is done.”\n")
        let annotated = BriefingRenderer(markdownOptions: []).annotate(briefing)
        #expect(annotated.summary.quotes.map(\.text) == ["We came to talk. We will stay until it is done."])
    }

    @Test func aListedQuoteLeavesTheReportersCommaButKeepsItsOwnStop() {
        let briefing = Briefing(path: "a.md", format: .markdown, slug: "a", title: "A", markdown: """
            “Supply is solved; affordability is not,” Anna Kestrel said on Monday.

            “We will stay until it is done.” Kestrel said.

            “Who pays, ” Kestrel asked, “and when?”
            """)
        let texts = BriefingRenderer(markdownOptions: []).annotate(briefing).summary.quotes.map(\.text)
        #expect(texts.first == "Supply is solved; affordability is not")
        #expect(texts.contains("We will stay until it is done."))
        #expect(texts.contains("Who pays"))
        #expect(texts.contains("and when?"))
    }

    @Test func readingTimeIsWordsOver230AtLeastOne() {
        var summary = BriefingSummary(briefing: Briefing(path: "a.md", format: .markdown, slug: "a", title: "A", markdown: ""), summary: nil)
        summary.wordCount = 10
        #expect(summary.readingMinutes == 1)
        summary.wordCount = 690
        #expect(summary.readingMinutes == 3)
        let rendered = BriefingRenderer(markdownOptions: []).render(
            Briefing(path: "a.md", format: .markdown, slug: "a", title: "A", markdown: String(repeating: "word ", count: 460)))
        #expect(rendered.summary.wordCount == 460)
        #expect(BriefingView(rendered).readingMinutes == 2)
    }
}

@Suite("Quotes across formatting")
struct QuoteFormattingTests {
    @Test(arguments: [
        "*“We will* go,” Lavrov said.\n",
        "“We *will go,” Lavrov* said.\n",
        "“We [will go,” Lavrov](https://example.org/) said.\n",
        "A ![pic](x.png) and **“We will *go*,”** Lavrov said.\n",
        "# Head\n\nIntro `code` *“We will\ngo,”* Lavrov said.\n",
    ])
    func aQuoteCrossingFormattingHasOneIdAndOneBadge(markdown: String) throws {
        let html = AnnotationWeavingTests.render(markdown) { text in
            let start = AnnotationWeavingTests.range(of: "We", in: text).lowerBound
            let end = AnnotationWeavingTests.range(of: "go,", in: text).upperBound
            return Annotation(
                mentions: [EntityMention(range: AnnotationWeavingTests.range(of: "Lavrov", in: text), entityID: "lavrov", type: .person)],
                quotes: [Quote(range: start..<end, kind: .full, speakerID: "lavrov", speaker: "Lavrov")],
                entities: [Entity(id: "lavrov", name: "Lavrov", type: .person)])
        }
        let tags = HTMLTags.parse(html)
        #expect(tags.filter { $0.attributes["id"] == "q-1" }.count == 1, "\(html)")
        #expect(tags.filter { $0.attributes["class"]?.hasPrefix("quote-speaker") == true }.count == 1, "\(html)")
        #expect(HTMLTags.text(of: html).contains("We will"), "text is kept")
        for tag in tags where tag.name == "a" { #expect(!tag.ancestors.contains("a")) }
    }

    @Test func inlineSpansLineUpWithThePlainText() {
        let document = MarkdownDocument("# T *x*\n\n![i](p.png)\n\nA **bold *nested*** and [link](u) `c`.\n")
        let text = Array(document.plainText.utf8)
        let spans = InlineSpans.ranges(in: document).map { String(decoding: text[$0], as: UTF8.self) }
        #expect(Set(spans) == ["x", "bold nested", "nested", "link"])
    }

    /// The weaver takes the containers from `MarkdownWeave`; `InlineSpans.ranges` is the walk
    /// they must equal.
    @Test(arguments: [
        "# T *x*\n\n![i](p.png)\n\nA **bold *nested*** and [link](u) `c`.\n",
        "a *b* **c [d](/u) e** ![x *y*](i.png) f\n\ng *h*",
        "> - deep *text*\n> - more [link *in* it](http://x.org)\n\n1. *one*\n2. **two**",
        "*\n\n![only](i.png)\n\n**empty *em*** [](/x) after",
        "“Quote *with* emphasis,” said **Lavrov**.\n\n*A whole paragraph in emphasis*",
    ])
    func weaveContainersAreTheInlineSpans(markdown: String) {
        let document = MarkdownDocument(markdown)
        #expect(Set(MarkdownWeave(document).inlineContainerRanges) == Set(InlineSpans.ranges(in: document)))
    }

    /// The class suffix as a String (entity lists) is the one written into the body's links.
    @Test func typeClassIsTheConstantTheBodyUses() {
        for type in EntityType.allCases {
            let constant = AnnotationWeaver.typeClassConstant(type)
            let bytes = UnsafeBufferPointer(start: constant.utf8Start, count: constant.utf8CodeUnitCount)
            #expect(AnnotationWeaver.typeClass(type) == String(decoding: bytes, as: UTF8.self))
        }
    }
}
