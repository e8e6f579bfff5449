import BriefBytes
import Testing
@testable import BriefAnnotate

/// The name index's shortcuts (the jump to the next capital, the runs completed only once
/// they become people, the byte-keyed word tables) answer what the plain scan answered.
@Suite("Name index scan")
struct NameIndexScanTests {
    private func index(_ text: String) -> NameIndex {
        let bytes = Array(text.utf8)
        return NameIndex(bytes, paragraphs: QuoteScanner.paragraphs(of: bytes))
    }

    private func names(_ index: NameIndex) -> [String] {
        index.runs.map { TextBytes.string(index.text, $0.name) }
    }

    @Test func capitalsInsideJoinedWordsStartNoRun() {
        // "ex-President", "iPhone" and "co-Founder" are one lower-case word each; the capitals after
        // a hyphen or an apostrophe inside a word, or after a lower-case letter, start no run.
        let found = names(index("the ex-President and Jean-Claude Juncker met O’Brien, then iPhone Maker co-Founder Smith spoke."))
        #expect(found == ["Jean-Claude Juncker", "O’Brien", "Maker", "Smith"])
    }

    @Test func runsAfterLongLowerCaseStretchesAndNonASCIIAreFound() {
        let text = String(repeating: "and then the talks went on and on ", count: 20) + "Ödön Horváth said so; " + "-- a -- b Ünal."
        #expect(names(index(text)) == ["Ödön Horváth", "Ünal"])
    }

    @Test func aLoneSurnameBecomesASpeakingPersonWithTheGenderItsPronounShows() {
        let index = index("Anna Novak arrived in Oslo.\nNovak said she would stay. Oslo welcomed her.")
        let novak = index.runs.filter { index.lastWord(of: $0) == "novak" }
        #expect(novak.count == 2)
        #expect(novak.allSatisfy { $0.isPersonLike })
        #expect(novak[1].isSpeechSubject)
        #expect(index.gender(ofLastWord: "novak") == .female)
        // A place that never becomes a person keeps no speech.
        #expect(index.runs.filter { index.lastWord(of: $0) == "oslo" }.allSatisfy { !$0.isPersonLike && !$0.isSpeechSubject })
    }

    @Test func personStartingIsTheFirstFullPersonWithThatFirstWordInAnyCase() {
        // Two full names open with "Maria"; the first in the text is the answer. A lone "Maria"
        // never is.
        let index = index("Maria spoke.\nMaria Lopez said she agreed, and Maria Costa said she did not.\nPaul Weber said so.")
        #expect(index.personStarting(with: "maria").map { TextBytes.string(index.text, $0.name) } == "Maria Lopez")
        #expect(index.personStarting(with: "paul").map { TextBytes.string(index.text, $0.name) } == "Paul Weber")
        #expect(index.personStarting(with: "Maria") == nil) // asked lower-cased only
        #expect(index.personStarting(with: "weber") == nil)
        #expect(index.personStarting(with: "") == nil)
    }

    @Test func aRunEndingInANonPersonHeadWordIsNoCanonicalName() {
        // "Council" heads no person's name: the run is never the fullest for its last word.
        let index = index("Anna Novak said the Surrey City Council met. Council members agreed, Novak said.")
        let council = index.runs.filter { index.lastWord(of: $0) == "council" }
        #expect(!council.isEmpty && council.allSatisfy { $0.lastIsNonPersonHead })
        #expect(index.canonical(lastWord: "council") == nil)
        #expect(index.canonical(lastWord: "novak").map { TextBytes.string(index.text, $0.name) } == "Anna Novak")
        #expect(index.runs.filter { index.lastWord(of: $0) == "novak" }.allSatisfy { !$0.lastIsNonPersonHead })
    }

    @Test func wordTablesCompareAsLowerCasedStrings() {
        // "Café" precomposed and "CAFE" + COMBINING ACUTE lower-case to equal Strings: one entry.
        // KELVIN SIGN + "elvin" equals "Kelvin", not "kelvin".
        let text = Array("Caf\u{E9} CAFE\u{301} Kelvin \u{212A}elvin kelvin".utf8)
        let words = [0..<5, 6..<12, 13..<19, 20..<28, 29..<35]
        text.withUnsafeBufferPointer { t in
            var table = KeyTable<TextWord, Int>()
            for (n, r) in words.enumerated() {
                let w = TextWord(t, r)
                if table.index(of: w, in: t) == nil { table.append(w, n, hash: w.hash) }
            }
            let strings = words.map { TextBytes.lowercased(text, $0) }
            #expect(table.count == Set(strings).count)
            for s in strings { #expect(table.index(of: s, in: text).map { strings[table.value(at: $0)] } == s) }
            #expect(table.index(of: "kelvi", in: text) == nil)
        }
    }

    @Test func firstCapitalOrNonASCIIFindsWhatALoopFinds() {
        for text in ByteScanTests.texts {
            text.withUnsafeBufferPointer { t in
                for from in 0..<text.count {
                    let expected = (from..<text.count).first { text[$0] >= 0x80 || TextBytes.isUpperASCII(text[$0]) } ?? text.count
                    #expect(AsciiWords.firstCapitalOrNonASCII(t, from: from, to: text.count) == expected)
                }
            }
        }
    }
}
