import BriefTestSupport
import BriefAnnotate
import BriefContent
import Foundation
import Testing
@testable import BriefSite

/// The sharded search index (`SearchShards`): scripts that register their part, safe whatever
/// the titles hold; terms folded as the search script folds; postings that say where each term is.
@Suite("Search index")
struct SearchIndexTests {
    /// The files `entries` make, by path.
    static func files(_ entries: [SearchEntry]) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        SearchShards.write(documents: entries.map { SearchDocument.bytes($0)[...] }) { files[$0] = $1 }
        return files
    }

    /// The JSON value in `script` between the first `open` and the last `close` (the argument of
    /// the registration call, or what the manifest assigns).
    static func json(_ script: [UInt8], from open: String, to close: String) throws -> Any {
        let text = String(decoding: script, as: UTF8.self)
        let start = try #require(text.firstIndex(of: Character(open)))
        let end = try #require(text.lastIndex(of: Character(close)))
        return try JSONSerialization.jsonObject(with: Data(text[start...end].utf8), options: [.fragmentsAllowed])
    }

    /// The decoded index: manifest, terms (term -> postings) and rows in document order.
    struct Decoded {
        var manifest: [String: Any]
        var terms: [String: String]
        var rows: [[String]]

        init(_ files: [String: [UInt8]]) throws {
            let manifestScript = try #require(files[SearchShards.manifestPath])
            let prefix = Array("window.\(SearchIndex.globalName) = ".utf8)
            #expect(manifestScript.starts(with: prefix) && manifestScript.suffix(2) == Array(";\n".utf8))
            manifest = try #require(try SearchIndexTests.json(manifestScript, from: "{", to: "}") as? [String: Any])
            terms = [:]
            let keys = (manifest["shards"] as? String ?? "").split(separator: " ").map(String.init)
            for key in keys {
                let script = try #require(files["\(SearchShards.termsFolder)/\(SearchShards.fileName(Array(key.utf8))).js"], "\(key)")
                #expect(script.starts(with: Array("\(SearchShards.termsFunction)(".utf8)))
                let shard = try #require(try SearchIndexTests.json(script, from: "{", to: "}") as? [String: String])
                for (term, postings) in shard {
                    #expect(term.unicodeScalars.prefix(2).map(String.init).joined() == key)
                    terms[term] = postings
                }
            }
            rows = []
            let count = manifest["count"] as? Int ?? -1
            var chunk = 0
            while rows.count < count {
                let script = try #require(files["\(SearchShards.docsFolder)/\(chunk).js"])
                #expect(script.starts(with: Array("\(SearchShards.docsFunction)(\(chunk),".utf8)))
                rows += try #require(try SearchIndexTests.json(script, from: "[", to: "]") as? [[String]])
                chunk += 1
            }
            #expect(files.count == 1 + keys.count + chunk, "no other files")
        }

        /// A term's postings: document, fields (1 title, 2 text, 4 extra), title positions (and
        /// whether each is the last word), as the search script decodes them.
        func postings(_ term: String) -> [(doc: Int, fields: Int, positions: [(Int, Bool)])] {
            guard let text = terms[term] else { return [] }
            let digits = Array(SearchPostings.alphabet)
            let chars = Array(text.utf8)
            var at = 0
            func next() -> Int {
                var value = 0
                var shift = 0
                while true {
                    let c = digits.firstIndex(of: chars[at])!
                    at += 1
                    value |= (c & 31) << shift
                    shift += 5
                    if c < 32 { return value }
                }
            }
            var out: [(Int, Int, [(Int, Bool)])] = []
            var doc = -1
            while at < chars.count {
                let head = next()
                doc += head >> 3
                var positions: [(Int, Bool)] = []
                if head & 1 != 0 {
                    var p = 0
                    repeat {
                        p = next()
                        positions.append((p >> 2, p & 2 != 0))
                    } while p & 1 != 0
                }
                out.append((doc, head & 7, positions))
            }
            return out
        }
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
        let files = Self.files(entries)
        for (path, bytes) in files {
            let script = String(decoding: bytes, as: UTF8.self)
            // Nothing in any file can end a <script> element, open a comment, or end a line early.
            #expect(!script.contains("<") && !script.contains(">"), "\(path)")
            #expect(!script.contains("\u{2028}") && !script.contains("\u{2029}"), "\(path)")
            #expect(!bytes.contains { $0 < 0x20 && $0 != 0x0A }, "no raw control characters: \(path)")
        }
        let decoded = try Decoded(files)
        #expect(decoded.manifest["count"] as? Int == entries.count)
        // Every entry's row comes back whole (in the index's own order).
        #expect(Set(decoded.rows) == Set(entries.map { [$0.title, $0.text, $0.url] }))
        // Terms are letters and digits only, folded.
        #expect(decoded.terms["script"] != nil && decoded.terms["gdansk"] != nil && decoded.terms["олаф"] != nil)
        #expect(decoded.terms.keys.allSatisfy { term in term.unicodeScalars.allSatisfy { SearchFold.isWordScalar($0.value) } })
    }

    @Test func anEmptyIndexIsAValidManifest() throws {
        let decoded = try Decoded(Self.files([]))
        #expect(decoded.manifest["count"] as? Int == 0)
        #expect(decoded.terms.isEmpty && decoded.rows.isEmpty)
    }

    @Test func foldingIsTheSearchScriptsFold() {
        #expect(SearchFold.words("Café GDAŃSK’s U.S. 2025 — x") == ["cafe", "gdansk", "s", "u", "s", "2025", "x"])
        #expect(SearchFold.words("ΟΔΟΣ Σα ΣΣ") == ["οδος", "σα", "σς"], "final sigma at a word's end, as toLowerCase")
        #expect(SearchFold.words("İstanbul ﬁne Straße") == ["istanbul", "ﬁne", "straße"])
        #expect(SearchFold.words("Олаф 🇺🇦 北京") == ["олаф", "北京"])
        #expect(SearchFold.words("e\u{301}te\u{0308}") == ["ete"], "decomposed marks dropped")
        #expect(SearchFold.words("") == [] && SearchFold.words(" ·· ") == [])
    }

    @Test func postingsSayWhichFieldsAndWhereInTheTitle() throws {
        let entries = [
            SearchEntry(kind: .briefing, title: "Summit in Alaska", text: "Leaders met.", url: "b/1", extra: "alaska summit anchorage"),
            SearchEntry(kind: .entity, title: "Alaska", text: "Place", url: "e/1", extra: ""),
            SearchEntry(kind: .quote, title: "alaska, alaska and more", text: "— Someone", url: "q/1", extra: "Alaska"),
        ]
        let decoded = try Decoded(Self.files(entries))
        // Entities first, then briefings, then quotes.
        #expect(decoded.rows.map { $0[2] } == ["e/1", "b/1", "q/1"])
        #expect(decoded.manifest["kinds"] as? [AnyHashable] == ["entity", 0, "briefing", 1, "quote", 2])
        let alaska = decoded.postings("alaska")
        #expect(alaska.map(\.doc) == [0, 1, 2])
        #expect(alaska.map(\.fields) == [1, 1 | 4, 1 | 4])
        #expect(alaska[0].positions.map(\.0) == [0] && alaska[0].positions.map(\.1) == [true], "the entity's whole title")
        #expect(alaska[1].positions.map(\.0) == [2] && alaska[1].positions.map(\.1) == [true])
        #expect(alaska[2].positions.map(\.0) == [0, 1] && alaska[2].positions.map(\.1) == [false, false])
        #expect(decoded.postings("leaders").map { [$0.doc, $0.fields] } == [[1, 2]])
        #expect(decoded.postings("anchorage").map { [$0.doc, $0.fields] } == [[1, 4]])
        #expect(decoded.postings("in").map(\.doc) == [1], "short words are terms too")
        #expect(decoded.terms["al"] == nil, "whole words only: prefixes are the script's to find")
    }

    @Test func documentsAreNumberedInTieBreakOrderWithLengthRuns() throws {
        let titles = ["ccc", "a", "bb", "aa", "b", "ccc"]
        let entries = titles.enumerated().map { SearchEntry(kind: .briefing, title: $1, text: "", url: "u/\($0)") }
        let decoded = try Decoded(Self.files(entries))
        #expect(decoded.rows.map { $0[2] } == ["u/1", "u/4", "u/3", "u/2", "u/0", "u/5"], "by length, bytes, then entry order")
        #expect(decoded.manifest["lengths"] as? [Int] == [0, 1, 2, 2, 4, 3])
    }

    @Test func longTitlesThatStartAlikeAreOrderedByTheirWholeBytes() throws {
        // Equal length and equal first 12 bytes: the order comes from the bytes after them;
        // equal titles keep entry order.
        let titles = ["the same start z", "the same start b", "the same start y", "the same start b", "the same start a"]
        let entries = titles.enumerated().map { SearchEntry(kind: .quote, title: $1, text: "", url: "q/\($0)") }
        let decoded = try Decoded(Self.files(entries))
        #expect(decoded.rows.map { $0[2] } == ["q/4", "q/1", "q/3", "q/2", "q/0"])
    }

    /// Documents read in place from a store (as the build reads the entities' and quotes')
    /// make the same files as the same documents held in arrays, handed over in the same order.
    @Test func writingFromAStoreMakesTheSameFilesInTheSameOrder() {
        let entries = (0..<(SearchShards.rowsPerChunk + 3)).map { SearchEntry(kind: .briefing, title: "title \($0 % 5)", text: "word\($0)", url: "u/\($0)") }
        let store = SearchDocumentStore()
        for entry in entries {
            let document = SearchDocument.bytes(entry)
            store.append(size: document.count) { $0.update(from: document, count: document.count) }
        }
        var files: [String: [UInt8]] = [:]
        var order: [String] = []
        store.views.withUnsafeBufferPointer { views in
            SearchShards.write(views: views) { path, bytes in
                files[path] = bytes
                order.append(path)
            }
        }
        #expect(files == Self.files(entries))
        // Chunks first (each written once full), then the manifest, then the shards.
        #expect(order.prefix(2) == ["\(SearchShards.docsFolder)/0.js", "\(SearchShards.docsFolder)/1.js"])
        #expect(order[2] == SearchShards.manifestPath)
    }

    @Test(arguments: [2, 3, 7])
    func shardsMadeInPartsAreTheSameFilesInTheSameOrder(_ partitions: Int) {
        // Terms starting with many different bytes (letters, digits, accents, CJK), so every part has shards.
        let words = ["alpha", "beta", "gamma", "delta", "épée", "zeta", "2024", "東京", "ωmega", "kappa", "lambda", "mu"]
        let entries = (0..<(SearchShards.rowsPerChunk * 2 + 9)).map { index in
            SearchEntry(kind: index % 3 == 0 ? .quote : .briefing, title: "\(words[index % words.count]) \(index % 4)",
                        text: (0..<5).map { words[(index * 7 + $0 * 5) % words.count] }.joined(separator: " "), url: "u/\(index)")
        }
        let documents = entries.map { SearchDocument.bytes($0) }
        func written(_ parts: Int) -> [(String, [UInt8])] {
            var files: [(String, [UInt8])] = []
            let views = documents.map { document in document.withUnsafeBytes { $0 } }
            withExtendedLifetime(documents) {
                views.withUnsafeBufferPointer { SearchShards.write(views: $0, partitions: parts) { files.append(($0, $1)) } }
            }
            return files
        }
        let whole = written(1)
        let split = written(partitions)
        #expect(whole.filter { $0.0.hasPrefix(SearchShards.termsFolder + "/") }.count > partitions)
        #expect(split.map(\.0) == whole.map(\.0))
        #expect(split.map(\.1) == whole.map(\.1))
    }

    @Test func manyDocumentsSpanChunksAndLargeGaps() throws {
        let count = SearchShards.rowsPerChunk * 3 + 5
        let entries = (0..<count).map { SearchEntry(kind: .quote, title: "t\($0 % 7 == 0 ? " rare" : "")", text: "common", url: "q/\($0)") }
        let decoded = try Decoded(Self.files(entries))
        #expect(decoded.rows.count == count)
        #expect(decoded.postings("common").map(\.doc) == Array(0..<count))
        #expect(decoded.postings("rare").count == (count + 6) / 7)
    }

    @Test func theSameEntriesMakeTheSameBytes() {
        let entries = Self.hostile.enumerated().map { SearchEntry(kind: .briefing, title: $1, text: "x \($0)", url: "u/\($0)", extra: "w\($0)") }
        #expect(Self.files(entries) == Self.files(entries))
        // Distinct titles: the numbering, and so every byte, does not depend on the entries' order.
        #expect(Self.files(entries) == Self.files(entries.reversed()))
    }

    @Test func shardFileNamesAreWhatTheScriptMakes() {
        #expect(SearchShards.fileName(Array("ab".utf8)) == "ab")
        #expect(SearchShards.fileName(Array("3d".utf8)) == "3d")
        // encodeURIComponent("ол").replace(/%/g, "_").toLowerCase()
        #expect(SearchShards.fileName(Array("ол".utf8)) == "_d0_be_d0_bb")
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
                    PlainText.appendDistinctWords(ofHTML: Array(html.utf8), limit: limit, separated: separated, to: &bytes)
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
        // Plain text read eight bytes at a time: one character to escape at every place of
        // texts up to three words long, and a U+2028 whose lead byte ends a word.
        for special in alphabet.dropFirst(2) {
            for length in 1...24 {
                for place in 0..<length {
                    let text = String(repeating: "a", count: place) + String(special) + String(repeating: "b", count: length - place - 1)
                    var out: [UInt8] = []
                    SearchIndex.appendJSONString(text, to: &out)
                    #expect(out == naive(text), "\(text.debugDescription)")
                }
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

    /// The index's files in a built output, by path.
    static func builtFiles(_ scratch: Scratch, _ out: String) throws -> [String: [UInt8]] {
        try scratch.snapshot(out).filter { SearchShards.isIndexPath($0.key) }.mapValues { [UInt8]($0) }
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
        let decoded = try Decoded(try Self.builtFiles(scratch, "out"))
        #expect(decoded.rows.map { $0[0] } == ["Alpha </script>"])
    }

    @Test func theSampleSiteIndexHasBriefingsEntitiesAndQuotes() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        _ = try await SiteBuilder(siteDirectory: site, outputDirectory: scratch.url("out")).build()
        let decoded = try Decoded(try Self.builtFiles(scratch, "out"))
        let kinds = try #require(decoded.manifest["kinds"] as? [Any])
        #expect(kinds.compactMap { $0 as? String } == ["entity", "briefing", "quote"])
        let quoteStart = try #require(kinds.last as? Int)
        let lavrov = try #require(decoded.rows.first { $0[0] == "Sergei Lavrov" })
        #expect(lavrov[2] == "entities/sergei-lavrov/index.html")
        #expect(lavrov[1].hasPrefix("Person"))
        // Quotes link to their anchors on existing briefing pages.
        for quote in decoded.rows[quoteStart...] {
            let parts = quote[2].split(separator: "#").map(String.init)
            #expect(parts.count == 2 && parts[1].hasPrefix("q-"))
            #expect(try scratch.read("out/" + parts[0]).contains("id=\"\(parts[1])\""), "\(quote[2])")
        }
        // Every entry's page exists.
        for row in decoded.rows {
            let path = String(row[2].split(separator: "#")[0])
            #expect(scratch.exists("out/" + path), "\(row[2])")
        }
        #expect(!decoded.postings("lavrov").isEmpty)
    }

    /// A one-file edit rewrites only the shards and chunks whose bytes change, and the result is
    /// the clean build's.
    @Test func anEditRewritesOnlyTheShardsItTouchesAndEqualsACleanBuild() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        try scratch.write("site/content/zz-edited.md", "---\ntitle: Edited note\ndate: 2025-01-02\n---\nQuokka words here.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        func inodes() throws -> [String: UInt64] {
            var result: [String: UInt64] = [:]
            for path in try Self.builtFiles(scratch, "out").keys {
                result[path] = try #require(OutputManifest.identity(atPath: scratch.url("out/" + path).path, key: 0)).inode
            }
            return result
        }
        let before = try inodes()
        try scratch.write("site/content/zz-edited.md", "---\ntitle: Edited note\ndate: 2025-01-02\n---\nWombat words here.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        let after = try inodes()
        let rewritten = Set(after.filter { before[$0.key] != $0.value }.keys)
        #expect(rewritten.contains("search/terms/wo.js") && rewritten.contains("search/terms/qu.js"), "\(rewritten.sorted())")
        #expect(!rewritten.contains("search/terms/la.js"), "an untouched shard keeps its file")
        #expect(rewritten.count < after.count / 4, "\(rewritten.count) of \(after.count)")
        let decoded = try Decoded(try Self.builtFiles(scratch, "out"))
        #expect(decoded.terms["quokka"] == nil && decoded.terms["wombat"] != nil)
        try await IncrementalCorrectnessTests.expectEqualsCleanBuild(scratch, site: site, out: "out")
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

    /// A term's prefix is its first eight bytes, zero-padded, at every length to 12 (the
    /// lengths read as overlapping words included).
    @Test func aTermsPrefixIsItsFirstEightBytesZeroPadded() {
        for length in 1...12 {
            let term = (0..<length).map { UInt8(0xA0 + $0) }
            var expected: UInt64 = 0
            for index in 0..<min(8, length) { expected |= UInt64(term[index]) << (8 * UInt64(index)) }
            #expect(term.withUnsafeBytes { SearchShards.termPrefix(of: $0) } == expected, "length \(length)")
        }
    }
}
