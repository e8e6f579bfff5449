import BriefTestSupport
import BriefAnnotate
import BriefContent
import Foundation
import Testing
@testable import BriefSite

/// `search/index.js`: a script that assigns the index, safe whatever the titles hold.
@Suite("Search index")
struct SearchIndexTests {
    /// The JSON value the script assigns, decoded, or nil when the script is not `window.X = JSON;`.
    static func decode(_ script: String) throws -> [String: Any]? {
        let prefix = "window.\(SearchIndex.globalName) = "
        guard script.hasPrefix(prefix), script.hasSuffix(";\n") else { return nil }
        let json = script.dropFirst(prefix.count).dropLast(2)
        return try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    }

    static let hostile = [
        "Ends the script </script><script>alert(1)</script>",
        "Comment <!-- and -->",
        "Quotes \" and ' and back\\slash \\\" \\u2028",
        "Separators \u{2028} line and \u{2029} paragraph",
        "Controls \u{0}\u{1}\u{1F}\t\n\r\u{7F} end",
        "Unicode Gdańsk’s Олаф 🇺🇦 &amp; &",
    ]

    @Test func hostileStringsRoundTripAndNeverBreakOut() throws {
        let entries = Self.hostile.enumerated().map { index, text in
            SearchEntry(kind: SearchEntry.Kind.allCases[index % 3], title: text, text: "t " + text, url: "briefings/x/index.html#q-\(index)", extra: text + " extra")
        }
        let script = SearchIndex(entries: entries).script()
        // Nothing in the script can end a <script> element, open a comment, or end a line early.
        #expect(!script.lowercased().contains("</script"))
        #expect(!script.contains("<!--"))
        #expect(!script.contains("<"))
        #expect(!script.contains("\u{2028}") && !script.contains("\u{2029}"))
        #expect(script.split(separator: "\n", omittingEmptySubsequences: false).count == entries.count + 3)

        let value = try #require(try Self.decode(script))
        #expect(value["fields"] as? [String] == ["kind", "title", "text", "url", "extra"])
        let rows = try #require(value["entries"] as? [[String]])
        #expect(rows.count == entries.count)
        for (row, entry) in zip(rows, entries) {
            #expect(row == [entry.kind.rawValue, entry.title, entry.text, entry.url, entry.extra])
        }
    }

    @Test func anEmptyIndexIsAValidScript() throws {
        let value = try #require(try Self.decode(SearchIndex(entries: []).script()))
        #expect((value["entries"] as? [Any])?.isEmpty == true)
    }

    @Test func briefingEntriesHoldTitleSummaryAndDistinctBodyWords() {
        let briefing = Briefing(
            path: "content/a.md", format: .markdown, slug: "a", title: "Lavrov <accuses> Europe", date: PublicationDate(parsing: "2025-08-21"),
            tags: ["russia"], source: "Reuters", url: nil, summary: "Short summary.", byline: nil, dateline: nil,
            markdown: "Sergei Lavrov said the “root causes” of the war &amp; Kiev’s allies. Lavrov again, LAVROV, an of to.")
        let entry = SearchEntry(briefing: BriefingRenderer(markdownOptions: []).render(briefing))
        #expect(entry.kind == .briefing)
        #expect(entry.title == "Lavrov <accuses> Europe")
        #expect(entry.url == "briefings/a/index.html")
        #expect(entry.text == "21 August 2025 · Reuters — Short summary.")
        let words = entry.extra.split(separator: " ").map(String.init)
        #expect(words.first == "russia")
        #expect(words.filter { $0.lowercased() == "lavrov" }.count == 1, "distinct, case-insensitively: \(words)")
        #expect(words.contains("root") && words.contains("causes") && words.contains("Kiev"))
        #expect(!words.contains { $0.contains("’") || $0.contains("“") || $0.contains("&") || $0.contains("amp") })
        #expect(!words.contains("an") && !words.contains("of"), "short words are left out")
    }

    @Test func bodyWordsAreCapped() {
        let html = (0..<500).map { "<p>word\($0)</p>" }.joined()
        let words = PlainText.distinctWords(ofHTML: html, limit: 120)
        #expect(words.count == 120)
        #expect(words.first == "word0" && words.last == "word119")
    }

    /// The words appended as bytes are the words `distinctWords` finds, joined by spaces.
    @Test func appendedWordsAreTheDistinctWordsJoined() {
        let htmls = [
            "<p>Sergei Lavrov said the “root causes” of the war &amp; Kiev’s allies.</p><p>Lavrov LAVROV kelvin \u{212A}elvin caf\u{E9} cafe\u{301}</p>",
            (0..<300).map { "<em>w\($0 % 97)</em> «x\($0)» a–b" }.joined(separator: " "),
            "", "<p>&quot;</p>", "plain text without tags &lt; here; ends in a word",
            String(repeating: "abcdefghij", count: 10) + " " + String(repeating: "ABCDEFGHIJ", count: 10),
        ]
        for html in htmls {
            for limit in [0, 1, 5, 80] {
                let words = PlainText.distinctWords(ofHTML: html, limit: limit)
                for separated in [false, true] {
                    var bytes: [UInt8] = Array("tag".utf8)
                    PlainText.appendDistinctWords(ofHTML: html, limit: limit, separated: separated, to: &bytes)
                    let expected = "tag" + (words.isEmpty ? "" : (separated ? " " : "") + words.joined(separator: " "))
                    #expect(String(decoding: bytes, as: UTF8.self) == expected)
                }
            }
        }
    }

    /// The script's string escapes, copied in runs, equal the byte-by-byte rule at every position.
    @Test func jsonEscapesEqualTheByteByByteRule() {
        func naive(_ text: String) -> [UInt8] {
            var out: [UInt8] = [0x22]
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += Array("\\\"".utf8)
                case "\\": out += Array("\\\\".utf8)
                case "\n": out += Array("\\n".utf8)
                case "\r": out += Array("\\r".utf8)
                case "\t": out += Array("\\t".utf8)
                case "<", ">", "&", "\u{7F}", "\u{2028}", "\u{2029}":
                    out += Array(String(format: "\\u%04x", scalar.value).utf8)
                default:
                    if scalar.value < 0x20 { out += Array(String(format: "\\u%04x", scalar.value).utf8) } else { out += Array(String(scalar).utf8) }
                }
            }
            return out + [0x22]
        }
        let alphabet: [Character] = ["a", " ", "\"", "\\", "\n", "\r", "\t", "\u{01}", "<", ">", "&", "\u{7F}", "\u{2028}", "\u{2029}", "’", "—", "é"]
        var generator = SystemRandomNumberGenerator()
        for length in 0..<30 {
            for _ in 0..<20 {
                let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
                var out: [UInt8] = []
                SearchIndex.appendJSONString(text, to: &out)
                #expect(out == naive(text), "\(text.debugDescription)")
            }
        }
    }

    @Test func byteWordSetGrowsAndKeepsEveryKey() {
        var set = ByteWordSet(capacity: 1)
        func insert(_ word: String) -> Bool {
            var word = word
            return word.withUTF8 { set.insert($0) }
        }
        #expect((0..<1000).allSatisfy { insert("k\($0)") }, "each new key is added, past the first table size")
        #expect((0..<1000).allSatisfy { !insert("k\($0)") }, "each key is found again after growing")
        #expect(insert("k1000") && !insert("k1000"))
    }

    @Test func wordsDifferingOnlyInUnicodeSpellingAreOneWord() {
        // "Kelvin" spelled with U+212A lower-cases to ASCII "kelvin"; "é" precomposed and decomposed are equal Strings.
        let words = PlainText.distinctWords(ofHTML: "<p>kelvin \u{212A}elvin caf\u{E9} cafe\u{301} Café</p>", limit: 10)
        #expect(words == ["kelvin", "caf\u{E9}"])
    }

    @Test func theSearchPageLoadsTheIndexAndScriptRelatively() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", "---\ntitle: Alpha </script>\n---\nText.\n")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        let page = try scratch.read("out/search/index.html")
        #expect(page.contains("<script src=\"../search/index.js\"></script>"))
        #expect(page.contains("<script src=\"../assets/search.js\"></script>"))
        #expect(page.contains("<input id=\"search-input\" name=\"q\" type=\"search\""))
        #expect(page.contains("<label for=\"search-input\">"))
        #expect(page.contains("id=\"search-results\"") && page.contains("aria-live=\"polite\""))
        #expect(scratch.exists("out/assets/search.js"))
        let value = try #require(try Self.decode(try scratch.read("out/search/index.js")))
        let rows = try #require(value["entries"] as? [[String]])
        #expect(rows.map { $0[1] } == ["Alpha </script>"])
    }

    @Test func theSampleSiteIndexHasBriefingsEntitiesAndQuotes() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        _ = try await SiteBuilder(siteDirectory: site, outputDirectory: scratch.url("out")).build()
        let value = try #require(try Self.decode(try scratch.read("out/search/index.js")))
        let rows = try #require(value["entries"] as? [[String]])
        let lavrov = try #require(rows.first { $0[0] == "entity" && $0[1] == "Sergei Lavrov" })
        #expect(lavrov[3] == "entities/sergei-lavrov/index.html")
        #expect(lavrov[2].hasPrefix("Person"))
        // Quotes link to their anchors on existing briefing pages.
        for quote in rows where quote[0] == "quote" {
            let parts = quote[3].split(separator: "#").map(String.init)
            #expect(parts.count == 2 && parts[1].hasPrefix("q-"))
            #expect(try scratch.read("out/" + parts[0]).contains("id=\"\(parts[1])\""), "\(quote[3])")
        }
        // Every entry's page exists.
        for row in rows {
            let path = String(row[3].split(separator: "#")[0])
            #expect(scratch.exists("out/" + path), "\(row[3])")
        }
    }

    @Test func quoteEntriesLinkToTheirAnchorAndSearchTheSpeaker() {
        let briefing = Briefing(
            path: "content/a.md", format: .markdown, slug: "a", title: "Talks in Alaska", date: nil, tags: [], source: nil,
            url: nil, summary: nil, byline: nil, dateline: nil, markdown: "")
        let summary = BriefingSummary(briefing: briefing, summary: nil)
        let quote = SiteQuote(QuoteSummary(number: 3, text: "absolutely unacceptable", kind: .partial, speakerID: "sergei-lavrov", speaker: "Lavrov"), in: summary)
        let speaker = SiteEntity(id: "sergei-lavrov", name: "Sergei Lavrov", type: .person, aliases: ["Lavrov", "Sergey Lavrov"], briefingCount: 2)
        let entry = SearchEntry(quote: quote, speaker: speaker)
        #expect(entry.kind == .quote)
        #expect(entry.title == "absolutely unacceptable")
        #expect(entry.url == "briefings/a/index.html#q-3")
        #expect(entry.text == "— Lavrov, in Talks in Alaska")
        #expect(entry.extra == "Sergei Lavrov Lavrov Sergey Lavrov")
        let person = SearchEntry(entity: speaker)
        #expect(person.title == "Sergei Lavrov" && person.url == "entities/sergei-lavrov/index.html")
        #expect(person.text == "Person · also Lavrov, Sergey Lavrov · 2 briefings")
    }
}
