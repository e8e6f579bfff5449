import Testing
import BriefAnnotate

@Suite("Mention counts by entity")
struct MentionCountTests {
    static func mention(_ id: String, at start: Int) -> EntityMention {
        EntityMention(range: start..<(start + 1), entityID: id, type: .person)
    }

    @Test func countsEachMentionUnderTheFirstEntityWithItsIdAndTalliesUnknownIds() {
        let annotation = Annotation(
            mentions: [Self.mention("a", at: 0), Self.mention("b", at: 2), Self.mention("a", at: 4),
                       Self.mention("zz", at: 6), Self.mention("caf\u{E9}", at: 8)],
            entities: [Entity(id: "a", name: "A", type: .person), Entity(id: "b", name: "B", type: .place),
                       Entity(id: "a", name: "A again", type: .person), Entity(id: "cafe\u{301}", name: "Café", type: .org),
                       Entity(id: "c", name: "C", type: .org)])
        let (counts, unmatched, distinct) = annotation.mentionCountsByEntity()
        #expect(!distinct)
        // "café" written with a combining accent is the same id, as String equality says.
        #expect(counts == [2, 1, 0, 1, 0])
        #expect(unmatched == 1)
    }

    @Test func anAnnotatedTextCountsEveryMention() {
        let annotation = Annotator().annotate("Sergei Lavrov met Marco Rubio in Riyadh. Lavrov said Rubio was late.")
        let (counts, unmatched, distinct) = annotation.mentionCountsByEntity()
        #expect(distinct)
        #expect(unmatched == 0)
        #expect(counts.reduce(0, +) == annotation.mentions.count)
        #expect(counts.allSatisfy { $0 > 0 })
    }

    @Test(arguments: [
        "Sergei Lavrov met Marco Rubio in Riyadh. Lavrov said Rubio was late.",
        "The International Monetary Fund (IMF) met in Paris. The IMF said Paris was calm.",
        "Acme Corp hired Jane Doe. Doe joined Acme Corp in Oslo; Oslo and OSLO cheered.",
        "no names here at all",
        "",
    ])
    func theAnnotatorsOwnCountsAreTheCountsById(_ text: String) {
        let registry = EntityRegistry(known: [KnownEntity(name: "Acme Corp", type: .org, aliases: ["Acme"], id: "acme")])
        let annotator = Annotator(registry: registry)
        let (annotation, counts) = annotator.annotateCountingMentions(utf8: Array(text.utf8))
        #expect(annotation == annotator.annotate(text))
        let byID = annotation.mentionCountsByEntity()
        #expect(counts == byID.counts)
        #expect(byID.unmatched == 0)
        #expect(byID.distinct)
    }
}
