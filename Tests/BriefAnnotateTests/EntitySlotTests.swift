import Testing
@testable import BriefAnnotate

/// The linker finds an ASCII name's entity by an id it spells from the text's bytes
/// (`EntityLinker.asciiSlot`), and the words after a quote are tokenized only as far as
/// `sentenceHead` reads: both must answer exactly what the String-based ways answer.
@Suite("Entity slots and attribution heads")
struct EntitySlotTests {
    @Test("every reported id is the slug of its entity's name", arguments: [
        "Quorvan Mibbs of Smith & Wesson Brands said so. Mibbs left for St. Kilda Council.",
        "O'Neill-Barrow Holdings Inc. hired Dr. Jane Q. Rivers. Rivers said “fine,” O'Neill-Barrow said.",
        "In Zurich, Zürich Insurance Group met Zurich officials. ZÜRICH — Officials in Zurich said no.",
        "Mayor Tova Skellig spoke at the A&B Foods plant. Skellig said A&B Foods would stay.",
    ])
    func idsAreSlugsOfNames(text: String) {
        let (found, entities) = recognize(text)
        #expect(!entities.isEmpty)
        for e in entities { #expect(e.id == EntitySlug.make(e.name)) }
        // Mentions point at reported entities only, and ids are unique.
        let ids = Set(entities.map(\.id))
        #expect(ids.count == entities.count)
        #expect(found.allSatisfy { ids.contains($0.id) })
    }

    @Test func aNameAndItsAccentedSpellingAreOneEntity() {
        // "Zurich" takes the ASCII way, "Zürich" the String way: one id, one entity, named as first written.
        let (found, entities) = recognize("Officials in Zurich met. Later officials in Zürich said no.")
        let places = found.filter { $0.text.hasPrefix("Z") }
        #expect(places.count == 2)
        #expect(Set(places.map(\.id)) == ["zurich"])
        #expect(entities.filter { $0.id == "zurich" }.map(\.name) == ["Zurich"])
    }

    @Test func aRepeatedNameIsOneEntityWhateverTheCase() {
        let (found, entities) = recognize("Quorvan Mibbs said it. QUORVAN MIBBS said it again. Quorvan Mibbs left.")
        let ids = Set(found.filter { $0.text.lowercased().contains("mibbs") }.map(\.id))
        #expect(ids == ["quorvan-mibbs"])
        #expect(entities.filter { $0.id == "quorvan-mibbs" }.count == 1)
    }

    @Test func theHeadOfTheWordsAfterAQuoteIsReadAsFromAllOfThem() {
        let windows: [[UInt8]] = [
            Array(", she said. Then “more” came, and the rest of the text goes on and on.".utf8),
            Array(" said Lavrov, the minister, who spoke (briefly) at the meeting; then left! More.".utf8),
            Array((0..<60).map { "w\($0) " }.joined().utf8), // more than the head's limit, no stop
            Array("".utf8),
        ] + ByteScanTests.texts
        let finder = AttributionFinder(text: [])
        for text in windows {
            for start in stride(from: 0, through: text.count, by: 7) {
                for end in [text.count, min(text.count, start + 30)] where end >= start {
                    let all = finder.sentenceHead(AttributionTokenizer.tokens(text, start..<end))
                    let head = AttributionTokenizer.tokens(text, start..<end, headOnly: true)
                    #expect(finder.sentenceHead(head) == all)
                    #expect(head.count <= AttributionTokenizer.headLimit)
                }
            }
        }
    }
}

/// A short-word table kept from earlier documents answers what the gazetteer answers.
@Suite("Short-word tables across documents")
struct ShortWordTableTests {
    @Test func aTableFilledByOneTextAnswersForAnother() {
        let gazetteer = Gazetteer.shared
        let first = Array("Ukraine Minister Paris said LAVROV Mibbs zzq Qq UN the Of".utf8)
        let second = Array("of THE un qQ ZZQ mibbs lavrov SAID paris minister ukraine Quorvan".utf8)
        let table = ShortWordTable()
        for text in [first, second, first] {
            var memo = ShortWordMemo(table: table)
            text.withUnsafeBufferPointer { t in
                var start = 0
                for i in 0...t.count where i == t.count || t[i] == 0x20 {
                    let word = start..<i
                    start = i + 1
                    guard !word.isEmpty, word.count <= ShortWordMemo.maxCount else { continue }
                    #expect(memo.kinds(t, word, in: gazetteer) == gazetteer.kinds(t, word))
                }
            }
        }
    }

    @Test func annotatingTwiceGivesTheSameAnnotation() {
        // The second pass starts with the tables the first filled.
        let texts = [
            "Ukraine's Minister Olena Varko met Lavrov in Paris. “We disagree,” Varko said.",
            "PARIS — Officials of the UN met in Paris on Monday, the ministry said.",
        ]
        let annotator = Annotator()
        let once = texts.map { annotator.annotate($0) }
        let twice = texts.map { annotator.annotate($0) }
        #expect(once.map(\.mentions) == twice.map(\.mentions))
        #expect(once.map(\.quotes) == twice.map(\.quotes))
    }
}
