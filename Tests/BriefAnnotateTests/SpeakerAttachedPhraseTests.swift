import Testing
@testable import BriefAnnotate

/// Speakers described by a phrase that attaches them to an organisation or place ("Jane Roe of
/// the Kiel Institute said"), and quotes joined by a conjunction to an attributed one.
@Suite struct SpeakerAttachedPhraseTests {
    private func speakers(_ text: String) -> [String?] {
        Annotator().annotate(text).quotes.map(\.speaker)
    }

    @Test func aPersonOfTheOrganisationSpeaks() {
        #expect(speakers("Piet Dekker from the Amsterdam Trade Council said: “We expected worse.”") == ["Piet Dekker"])
        #expect(speakers("Lena Varga at the Budapest Institute of Economics said the figures were “a warning”.") == ["Lena Varga"])
    }

    @Test func aQuoteJoinedByAConjunctionSharesTheSpeakerBeforeIt() {
        let text = "Analysts at Barclays called the plan “naive” and “costly”, while Maren Oyelaran-Whitfield of the Oslo Policy Centre said: “This is a gamble.”"
        let got = speakers(text)
        #expect(got.count == 3)
        #expect(got.first ?? nil != nil)
        #expect(got.count == 3 && got[1] == got[0], "\(got)")
        #expect(got.last == "Maren Oyelaran-Whitfield")
        let ampersand = speakers("Tomas Lind called the offer “generous” & “fair”, and Ada Brook said: “It is not.”")
        #expect(ampersand == ["Tomas Lind", "Tomas Lind", "Ada Brook"])
        let or = speakers("Tomas Lind called the offer “generous”, or “fair”, and Ada Brook said: “It is not.”")
        #expect(or == ["Tomas Lind", "Tomas Lind", "Ada Brook"])
    }

    @Test func unchangedAttributions() {
        // An appositive names the person; a title before "of the" is no person.
        #expect(speakers("The head of the IMF, Kristalina Georgieva, said: “Growth is slowing.”") == ["Kristalina Georgieva"])
        #expect(speakers("Deputy Director of the Statistics Bureau Hana Ito said: “The data are sound.”") == ["Hana Ito"])
        // An organisation named with "of" stays one name.
        #expect(speakers("The Royal Bank of Canada said: “Rates will fall.”") == ["Royal Bank of Canada"])
        #expect(speakers("The Federal Reserve Bank of New York said: “Inflation is easing.”") == ["Federal Reserve Bank of New York"])
        // A news agency reporting is not the speaker of a later sentence.
        #expect(speakers("Reuters reported that talks stalled. Tomas Lind said: “We will wait.”") == ["Tomas Lind"])
        // Words other than a conjunction between the quotes: the attribution after the second wins.
        #expect(speakers("Tomas Lind called the offer “generous”, but “fair” was how Ada Brook described it.").last == "Ada Brook")
    }

    @Test func anUnattributedQuoteBeforeAConjunctionWaitsForTheAttributionAfter() {
        let got = speakers("Mara Quint arrived late. “We are very sorry for all of this” and “we thank you all,” said Tomas Lind.")
        #expect(got == ["Tomas Lind", "Tomas Lind"])
    }
}
