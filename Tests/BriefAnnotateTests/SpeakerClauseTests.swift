import Testing
@testable import BriefAnnotate

/// Speakers that depend on the clause around the quote: datelines, objects of speech verbs,
/// roles a quote talks about, participles before a colon, institutions named by a noun.
@Suite struct SpeakerClauseTests {
    private func speakers(_ text: String) -> [String?] {
        Annotator().annotate(text).quotes.map(\.speaker)
    }

    @Test func aDatelineCreditIsNoSentenceSubject() {
        let text = "CAIRO (Reuters) — Egyptian Foreign Minister Sameh Shoukry met his Jordanian counterpart on Sunday, saying the region faced “a dangerous moment”."
        #expect(speakers(text) == ["Sameh Shoukry"])
    }

    @Test func aDatelineCreditIsNoOrganisationForIt() {
        let text = "GENEVA (AFP) — The World Health Organization warned on Monday of new outbreaks in the region. “The risk is high,” it said."
        let speaker = speakers(text).first ?? nil
        #expect(speaker != "AFP")
        #expect(speaker?.hasSuffix("World Health Organization") == true)
    }

    @Test func datelinesEndAtTheirDash() {
        func start(_ text: String) -> Int? {
            let bytes = Array(text.utf8)
            let resolver = SpeakerResolver(text: bytes, index: NameIndex(bytes, paragraphs: [0..<bytes.count]), mentions: [], entities: [])
            return resolver.afterDateline(0, limit: bytes.count)
        }
        #expect(start("OTTAWA — Controversy erupted") == Array("OTTAWA — ".utf8).count)
        #expect(start("SAN DIEGO, Calif. (AP) - The navy said") == Array("SAN DIEGO, Calif. (AP) - ".utf8).count)
        // Words in lower case before the dash: a sentence, not a dateline.
        #expect(start("NATO said on Monday — without naming anyone — that") == nil)
        #expect(start("Officials — who spoke on Monday — said") == nil)
    }

    @Test func aNameAfterAVerbWithASubjectIsItsObject() {
        // "Haldane accused Brooks": Brooks is accused, not speaking; "he" continues Haldane.
        let text = "Mayor Daniel Brooks fired his deputy, Peter Haldane. Haldane accused Brooks of a “vendetta” against him. “It was always personal,” he said."
        #expect(speakers(text) == ["Peter Haldane", "Peter Haldane"])
    }

    @Test func aQuoteAboutTheHolderOfARoleIsNotTheirs() {
        let about = "Peter Haldane sat beside Mayor Daniel Brooks at the hearing. Brooks left early. “The mayor has ignored us for years,” he said."
        #expect(speakers(about) == ["Peter Haldane"])
        // "a mayor" names no one in particular: the pronoun keeps the person leading the last sentence.
        let general = "Peter Haldane sat beside Mayor Daniel Brooks at the hearing. Brooks left early. “A mayor should listen to us,” he said."
        #expect(speakers(general) == ["Daniel Brooks"])
    }

    @Test func aQuoteAfterAParticiplesColonGoesToTheSentenceSubject() {
        let text = "Hannah Cole and Richard Vance toured the plant. Vance said the visit was “useful”. She agreed, saying: “We learned a lot.”"
        #expect(speakers(text) == ["Richard Vance", "Hannah Cole"])
    }

    @Test func sheSkipsAManByAnInternationalGivenName() {
        let text = "Kamala Harris and Olaf Becker met in Berlin. Becker said the meeting was “excellent”. “We made progress,” she said."
        #expect(speakers(text) == ["Olaf Becker", "Kamala Harris"])
        #expect(GivenNameGender.of("Emmanuel") == .male)
        #expect(GivenNameGender.of("Volodymyr") == .male)
        #expect(GivenNameGender.of("Jacinda") == .female)
    }

    @Test func anArmedForceNamedByANounIsNoEarlierSpeaker() {
        let army = "Hezbollah said the strike had “crossed a red line”, while the army said it had hit “military sites”."
        #expect(speakers(army) == ["Hezbollah", "the army"])
        let military = "Hezbollah said the strike had “crossed a red line”, while the Lebanese military said it had hit “military sites”."
        #expect(speakers(military) == ["Hezbollah", "the Lebanese military"])
        // Named in full before, the noun goes to that name.
        let named = "The Canadian Army sent troops north on Monday. “The situation is under control,” the army said."
        #expect(speakers(named).first??.hasSuffix("Canadian Army") == true)
    }

    @Test func theCapitalisedDescriptionOfAPersonIsThePersonTheTextIsAbout() {
        let text = "Senator Paula Reyes criticised the plan on Monday. “It is a reckless gamble with public money,” the Nevada Democrat said."
        #expect(speakers(text) == ["Paula Reyes"])
        // Plural, it is the party.
        let party = "Senator Paula Reyes criticised the plan on Monday. “It is a reckless gamble,” the Democrats said."
        #expect(speakers(party) != ["Paula Reyes"])
    }

    @Test func aDocumentAfterTheVerbSpeaksForWhoeverIssuedIt() {
        let issued = "The two leaders discussed “the rule of law and judicial independence,” said a statement issued by the Finance Ministry."
        #expect(speakers(issued).first??.hasSuffix("Ministry") == true)
        // Whoever obtained a document did not write it.
        let obtained = "The fund “believed in the long-term value of these publications,” according to the memo obtained by The Globe."
        #expect(speakers(obtained).first??.hasSuffix("Globe") != true)
    }

    @Test func aPersonsPronounOrDescriptionIsNoOrganisationThatSpokeBefore() {
        let pronoun = Annotator().annotate("Hezbollah said the strike had “crossed a red line”. “We will respond,” he said.")
        #expect(pronoun.quotes.count == 2)
        #expect(pronoun.quotes.last?.speaker != "Hezbollah")
        let described = Annotator().annotate("Hezbollah said the strike had “crossed a red line”. “It was an outrage,” the affable spokesman said.")
        #expect(described.quotes.last?.speaker == "the affable spokesman")
        // A person named since is who "he" means.
        let named = "Hezbollah said the strike had “crossed a red line”. Its deputy leader Naim Qassem spoke later. “We will respond,” he said."
        #expect(speakers(named).last == "Naim Qassem")
    }
}
