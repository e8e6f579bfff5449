import Foundation
import Testing
@testable import BriefContent

@Suite("RawArticle: unusual input")
struct RawArticleInputTests {
    @Test(arguments: ["", " ", "\n\n\n", " \t\n \r\n\u{00A0}\n"])
    func emptyAndWhitespaceOnlyInput(_ text: String) {
        let article = RawArticle(parsing: text)
        #expect(article.title == "")
        #expect(article.paragraphs.isEmpty)
        #expect(article.paragraphLines.isEmpty)
        #expect(article.byline == nil && article.dateline == nil && article.source == nil)
        #expect(article.titleLine == nil)
    }

    @Test func frenchPageWithAccentsAndGuillemets() throws {
        let article = RawArticle(parsing: try RawArticleFixture.text("french-article"))
        #expect(article.title == "Les députés adoptent la réforme des retraites en première lecture")
        #expect(article.byline == "Camille Durand")
        #expect(article.dateline == "PARIS, 14 mars (AFP) -")
        #expect(article.source == "AFP")
        #expect(article.paragraphs.count == 4)
        #expect(article.paragraphs[3].hasPrefix("« Nous ne lâcherons rien »"))
        for phrase in ["Partager", "Lire aussi", "Tous droits", "Se connecter", "Retraites : ce qui change"] {
            #expect(!article.body.contains(phrase), "kept \(phrase)")
        }
    }

    @Test func germanPageWithUmlautsAndOwnFurniture() throws {
        let article = RawArticle(parsing: try RawArticleFixture.text("german-article"))
        #expect(article.title == "Bahn streicht Hunderte Verbindungen wegen Sturmschäden")
        #expect(article.byline == "Jonas Becker")
        #expect(article.dateline == "BERLIN –")
        #expect(article.paragraphs.count == 4)
        #expect(article.paragraphs.last?.hasPrefix("Die Fahrgastverbände forderten") == true)
        for phrase in ["Teilen", "Anzeige", "Lesen Sie auch", "Zoltan", "Kommentare", "Hans aus Kiel", "Startseite"] {
            #expect(!article.body.contains(phrase), "kept \(phrase)")
        }
    }

    @Test func japaneseArticleCountsCharactersAsWords() {
        let text = """
            商品の改造が商標法違反に

            先日、不正に改造したスマートフォンを販売したとして、商標法違反の疑いで二十代の男性が逮捕されたというニュースを耳にしました。

            報道によると、今回販売されたのは、いわゆる機能制限を解除した端末で、非公式のアプリを利用することもできるようになるとのことです。

            通常、権利者により正規のルートで販売された商品をそのまま転売する場合は、商標権侵害にはなりません。

            関連記事
            シェア
            """
        let article = RawArticle(parsing: text)
        #expect(article.title == "商品の改造が商標法違反に")
        #expect(article.paragraphs.count == 3)
        #expect(!article.body.contains("関連記事"))
        #expect(article.paragraphLines == [3, 5, 7])
    }

    @Test func hardWrappedParagraphsAreJoined() throws {
        let article = RawArticle(parsing: try RawArticleFixture.text("hard-wrapped"))
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs[0].hasPrefix("The survey team reached the northern camp on Monday after four days on the river, and"))
        #expect(!article.paragraphs[0].contains("\n"))
        #expect(article.paragraphLines == [3, 7])
        #expect(!article.body.contains("Tweet"))
    }

    @Test func pageWithEveryLineItsOwnParagraph() {
        let text = """
            Sections
            Skip to content
            Log In
            World
            Politics
            Rivers rise across the north after a week of rain
            By Ana Silva
            Rivers across the north rose to their highest level in a decade on Sunday after a week of heavy rain, forcing hundreds of families from their homes.
            Emergency services said the water would keep rising until at least Tuesday, when the rain is expected to ease.
            Volunteers filled sandbags outside the town hall through the night.
            Advertisement
            More in World
            Elections called in the south
            Heatwave grips the capital
            """
        let article = RawArticle(parsing: text)
        #expect(article.title == "Rivers rise across the north after a week of rain")
        #expect(article.titleLine == 6)
        #expect(article.byline == "Ana Silva")
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphLines == [8, 9, 10])
    }

    @Test func oddBytesDoNotCrash() {
        let inputs = [
            String(repeating: "word ", count: 5000),
            String(repeating: "-\n", count: 300),
            "\u{FEFF}Title with a byte order mark\n\nA short body line.",
            "…\n.\n:\n“”\n",
            String(repeating: "x", count: 20000) + ".",
        ]
        for input in inputs {
            let article = RawArticle(parsing: input)
            #expect(article.paragraphs.count == article.paragraphLines.count)
        }
    }

    @Test func randomBytesKeepInvariants() {
        // A fixed linear congruential generator: the same inputs on every run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt8 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        let alphabet = Array("ab Cd. \n\n\r,:-–“”é日本".utf8)
        for _ in 0..<200 {
            let length = Int(next()) * 4
            let bytes = (0..<length).map { _ in next() % 5 == 0 ? next() : alphabet[Int(next()) % alphabet.count] }
            let article = RawArticle(parsing: String(decoding: bytes, as: UTF8.self))
            #expect(article.paragraphs.count == article.paragraphLines.count)
            #expect(article.paragraphLines == article.paragraphLines.sorted())
            #expect(article.paragraphs.allSatisfy { !$0.isEmpty })
        }
    }
}
