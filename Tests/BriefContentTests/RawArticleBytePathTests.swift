import BriefMarkdown
import BriefTestSupport
import Testing
@testable import BriefContent

/// The raw-article byte shortcuts against the Character rules they stand in for.
@Suite("RawArticle: byte paths against Character rules")
struct RawArticleBytePathTests {
    static let pieces = [
        "word", "Reuters", "reports", "according to", "told", "AP", "Kyodo", "\u{212A}yodo", "(AFP)", "— ", "– ", "- ",
        " ", "  ", ".", "\"", "”", "“", "’", "é", "e\u{301}", "\u{301}", "\u{600}", "\u{200D}", "👍", "\u{A0}", "日本",
        "\t", "\r", "\n", "\r\n", ";", "\u{37E}", "1", "the", "Agence France-Presse", "said", "writes",
    ]

    static func randomText(_ random: inout SplitMix, pieces count: Int) -> String {
        var text = ""
        for _ in 0..<count { text += pieces[random.below(pieces.count)] }
        return text
    }

    @Test func trailingSourceMatchesTheCharacterRule() {
        var random = SplitMix(seed: 0xA6E4_C1E5)
        var found = 0
        for round in 0..<5000 {
            var paragraph = Self.randomText(&random, pieces: random.below(6))
            // Mostly a real ending, then closing marks and noise.
            if round % 3 != 0 {
                let agency = ArticleMetadata.agencies[random.below(ArticleMetadata.agencies.count)]
                let form = ["reports ", "according to the ", "(", "— ", "said ", "told "][random.below(6)]
                paragraph += form + agency + (form == "(" ? ")" : "")
            }
            paragraph += Self.randomText(&random, pieces: random.below(3))
            paragraph += [".", "", "”", ".”", " ", "\"."][random.below(6)]
            let expected = ArticleMetadata.trailingSourceOverCharacters(paragraph)
            #expect(ArticleMetadata.trailingSource(in: paragraph) == expected, "\(Array(paragraph.unicodeScalars))")
            if expected != nil { found += 1 }
        }
        #expect(found > 500)
    }

    @Test(arguments: [
        ("Talks resumed on Monday, reports Reuters.", "Reuters"),
        ("“We will not move,” she told AFP.”", "AFP"),
        ("It ended there (\u{212A}yodo)", "Kyodo"),
        ("It ended there \u{600}(AP)", nil),
        ("The vote was close – AP", "AP"),
        ("Nothing here.", nil),
    ] as [(String, String?)])
    func trailingSources(_ paragraph: String, _ agency: String?) {
        #expect(ArticleMetadata.trailingSource(in: paragraph) == agency)
        #expect(ArticleMetadata.trailingSourceOverCharacters(paragraph) == agency)
    }

    @Test func markdownBodyMatchesTheLineRule() {
        var random = SplitMix(seed: 0x3D_B0D1)
        for _ in 0..<3000 {
            var article = RawArticle(parsing: "")
            article.paragraphs = (0..<random.below(4)).map { _ in
                Self.randomText(&random, pieces: random.below(7)) + ["", "*", "# x", "1. y", "&amp;", "\\"][random.below(6)]
            }
            #expect(article.markdownBody == article.markdownBody(directParagraphs: false), "\(article.paragraphs)")
        }
    }

    @Test func markdownBodyOfAParsedArticleEscapesPunctuation() {
        let article = RawArticle(parsing: "Headline of the story here\n\n1. First *point* of a long sentence that goes on and on for words.\n")
        #expect(article.markdownBody == article.markdownBody(directParagraphs: false))
        #expect(article.markdownBody.contains("1\\. First \\*point\\*"))
    }

    /// Escaping only the punctuation that can start syntax renders as escaping all of it does
    /// (the text exactly), with and without smart punctuation and raw HTML: random paragraphs
    /// of list numbers, dots, brackets, quotes, dashes, references and plain punctuation.
    @Test func markdownBodyRendersAsEscapingEveryPunctuationDoes() {
        let pieces = [
            "1", "12", "2024", ".", "..", "...", ")", "(", ",", ":", ";", "?", "%", "/", "$", "@", "{", "}", "^", "|",
            "~", "~~~", "-", "--", "+", "=", "#", "*", "_", "`", "[", "]", "!", "<", ">", "&", "&amp;", "&#35;", "\\",
            "\"", "'", " ", "word", "é", "“", "—", "http://example.org/a_b", "<b>", "![x](y)", "[a]: /b", "    ", "\t",
        ]
        func everyPunctuationEscaped(_ paragraphs: [String]) -> String {
            paragraphs.map { paragraph in
                paragraph.split(separator: "\n").map { $0.trimmingASCIISpaces() }.filter { !$0.isEmpty }.map { line in
                    String(line.flatMap { character -> [Character] in
                        character.isASCII && character.isPunctuation || character.isASCII && character.isSymbol ? ["\\", character] : [character]
                    })
                }.joined(separator: "\n")
            }.joined(separator: "\n\n") + "\n"
        }
        var random = SplitMix(seed: 0xE5CA_9E5)
        for _ in 0..<4000 {
            var article = RawArticle(parsing: "")
            article.paragraphs = (0..<(1 + random.below(3))).map { _ in
                (0..<(1 + random.below(8))).map { _ in pieces[random.below(pieces.count)] }.joined() + (random.below(5) == 0 ? "\n2. next" : "")
            }
            let reference = everyPunctuationEscaped(article.paragraphs)
            for options in [[], MarkdownOptions.smartPunctuation, .unsafeHTML, [.smartPunctuation, .unsafeHTML]] as [MarkdownOptions] {
                #expect(MarkdownDocument(article.markdownBody, options: options).renderHTML()
                    == MarkdownDocument(reference, options: options).renderHTML(), "\(article.paragraphs) \(options.rawValue)")
            }
        }
    }
}

/// The body as text, for the comparisons above (the loader keeps its bytes).
extension RawArticle {
    var markdownBody: String { markdownBody(directParagraphs: true) }

    func markdownBody(directParagraphs: Bool) -> String {
        String(decoding: markdownBodyUTF8(directParagraphs: directParagraphs), as: UTF8.self)
    }
}
