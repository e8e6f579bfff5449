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

    /// What a `Set<String>` of the ids seen so far gives: the reference for the byte-hashed table.
    static func idsBySet(_ annotation: Annotation) -> [String] {
        var seen: Set<String> = []
        var ids: [String] = []
        for mention in annotation.mentions where seen.insert(mention.entityID).inserted { ids.append(mention.entityID) }
        for quote in annotation.quotes { if let id = quote.speakerID, seen.insert(id).inserted { ids.append(id) } }
        return ids
    }

    @Test func idsInOrderOfFirstUseAreTheDistinctMentionThenSpeakerIds() {
        // Repeats, a speaker id no mention has, ids equal only as Strings are ("café" precomposed
        // and with a combining accent; KELVIN SIGN and "K"), a long non-ASCII id, and quotes without a speaker.
        let long = String(repeating: "ünïcode-", count: 4)
        let annotation = Annotation(
            mentions: [Self.mention("b", at: 0), Self.mention("a", at: 2), Self.mention("b", at: 4),
                       Self.mention("caf\u{E9}", at: 6), Self.mention("cafe\u{301}", at: 8),
                       Self.mention("\u{212A}", at: 10), Self.mention("K", at: 12), Self.mention(long, at: 14)],
            quotes: [Quote(range: 20..<30, kind: .full, speakerID: "a", speaker: "A"),
                     Quote(range: 40..<50, kind: .full),
                     Quote(range: 60..<70, kind: .full, speakerID: "zed", speaker: "Zed"),
                     Quote(range: 80..<90, kind: .full, speakerID: long, speaker: "U")],
            entities: [])
        let ids = annotation.entityIDsInOrderOfFirstUse()
        #expect(ids == ["b", "a", "caf\u{E9}", "\u{212A}", long, "zed"])
        #expect(ids == Self.idsBySet(annotation))
        #expect(Annotation().entityIDsInOrderOfFirstUse().isEmpty)
    }

    @Test(arguments: [
        "Sergei Lavrov met Marco Rubio in Riyadh. “We talked,” Lavrov said. Rubio was late.",
        "The International Monetary Fund (IMF) met in Paris. The IMF said Paris was calm.",
        "no names here at all",
    ])
    func idsOfAnAnnotatedTextAreTheSetsIds(_ text: String) {
        let annotation = Annotator().annotate(text)
        #expect(annotation.entityIDsInOrderOfFirstUse() == Self.idsBySet(annotation))
    }
}
