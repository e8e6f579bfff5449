import Testing
@testable import BriefAnnotate

/// Speakers resolved with the recognizer's mentions: pronouns to the person leading a
/// sentence, given-name genders, sentence subjects, organisations and their nouns.
@Suite struct SpeakerContextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var speaker: String
        /// The recognizer may name the organisation more or less fully: its last words must match.
        var suffix = false
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "he goes to the person leading the last sentence, not the earlier speaker",
             text: "“Eat well,” Erin Kim says.\n\nToronto retiree Doug Purdy, who lost 16 pounds, says the program changed his life. “I always had good intentions,” he says.",
             speaker: "Doug Purdy"),
        Case(name: "she skips a man by his given name",
             text: "“We will see,” Donald Trump said.\n\nTatiana Stanovaya, an independent expert, noted that Putin’s stance stems from his view of the West.\n\n“Putin believes the pressure will grow,” she said.",
             speaker: "Tatiana Stanovaya"),
        Case(name: "a possessive name is not the antecedent",
             text: "“Families matter,” Sandra Williamson wrote.\n\nMary Nicholson, a director at the department, agreed with Williamson’s approach.\n\n“It is important to note,” she wrote.",
             speaker: "Mary Nicholson"),
        Case(name: "a name in a photo credit is not the antecedent",
             text: "Nadia Jamil, the principal researcher, spoke in Toronto.\n\nThe city set up three tents. (Lauren Pelley / CBC News)\n\n“We just need to remember that,” she added.",
             speaker: "Nadia Jamil"),
        Case(name: "a name in a photo caption is not the antecedent",
             text: "“These guys were smart,” Cecil Foster says.\n\nBenjamin Layne, a retired porter, looks at photos in Montreal. (The Canadian Press file photo)\n\n“They had a vision,” he says.",
             speaker: "Cecil Foster"),
        Case(name: "a quote inside a sentence goes to the sentence's leading name",
             text: "Prime Minister Justin Trudeau spoke on Monday.\n\nChinese foreign ministry spokeswoman Hua Chunying shot back on Tuesday, saying Trudeau should “respect the rule of law.”",
             speaker: "Hua Chunying"),
        Case(name: "it goes to the organisation leading its sentence",
             text: "The Canadian Red Cross sent crews to the island on Sunday.\n\nWinds were measured by Environment Canada at the airport.\n\n“Crews must attend to each outage,” it said.",
             speaker: "Red Cross", suffix: true),
        Case(name: "it goes to an organisation whatever type the recognizer gave it",
             text: "BC Hydro sent crews to the island on Sunday.\n\nWinds were measured by Environment Canada at the airport.\n\n“Crews must attend to each outage,” it said.",
             speaker: "BC Hydro"),
        Case(name: "a relative clause belongs to the appositive before it",
             text: "On Tuesday, Donald Tusk, the president of the European Council, which represents EU leaders, urged the British government “to clarify its intentions.”",
             speaker: "Donald Tusk"),
        Case(name: "a person is named in full even where the recognizer kept one word",
             text: "British Prime Minister Theresa May met party leaders on Monday.\n\n“We will deliver,” she said.",
             speaker: "Theresa May"),
        Case(name: "a lone surname has the gender of its full name's given name",
             text: "Justice Minister David Lametti spoke on Monday.\n\nShanaaz Gokool, president of a charity, is hopeful Lametti might listen.\n\n“Our hope is for the country,” she said.",
             speaker: "Shanaaz Gokool"),
        Case(name: "a description with adjectives split by a comma is still definite",
             text: "Guenther Schuh founded the company in 2010 and now builds electric vans.\n\n“I don’t know any carmaker that makes money,” the lanky, bespectacled professor said.",
             speaker: "Guenther Schuh"),
        Case(name: "a possessive office is kept as written",
             text: "Jody Wilson-Raybould spoke in Toronto.\n\n“The minister will not be commenting,” her office told the National Post.",
             speaker: "her office"),
        Case(name: "an organisation noun goes to the organisation named with it",
             text: "The Toronto Police Service arrested two men on Saturday.\n\n“We will look into it,” the service said.",
             speaker: "Police Service", suffix: true),
        Case(name: "an organisation noun with no such organisation named is kept as written",
             text: "The United Nations met in Geneva.\n\n“Use available resources,” the ministry said.",
             speaker: "the ministry"),
        Case(name: "a name after a preposition is an object, not the subject he continues",
             text: "Paul Ostrander has three goals since Denver traded him to Dallas for Victor Mendez last week. The veteran winger said his teammates help.\n\n“They find me in the slot,” he said.",
             speaker: "Paul Ostrander"),
        Case(name: "a capitalised word and a staff noun name who speaks",
             text: "Coach Anna Berg said the rink was full.\n\nLakeside staff explained the numbers this way: “There are many possible reasons for the drop.”",
             speaker: "Lakeside staff"),
        Case(name: "a clause between commas is no appositive: the name after the verb speaks",
             text: "Rather than the old hall, in which members sit in long rows, asks magazine editor Jane Morrow, “has anyone tried a circle?”",
             speaker: "Jane Morrow"),
        Case(name: "a phrase opened by a conjunction is no appositive",
             text: "Cancer can be a “stress test” for a marriage — and many fail, said Dr. Alan Pike, a Halifax oncologist.",
             speaker: "Alan Pike", suffix: true),
        Case(name: "the subject of a passive speech verb is spoken about, not the speaker",
             text: "Jake Moss, who played for the visiting team, wrote that he heard nothing.\n\nHe said his teammate was being yelled at “simply because he played for the other side.”",
             speaker: "Jake Moss"),
        Case(name: "a dateline before a dash is no name opening the sentence; a possessive opens an appositive",
             text: "OTTAWA — A row erupted after Tom Reilly, Canada’s ambassador to Chile, told local media that the case was “quite strong.”",
             speaker: "Tom Reilly"),
        Case(name: "a quote inside a sentence that a pronoun opens goes to whom the pronoun means",
             text: "Rita Vance spoke to reporters on Monday.\n\n“The senator will not comment,” her office told the Herald. She had declined comment earlier, saying the matter “is between me and the party.”",
             speaker: "Rita Vance"),
        Case(name: "a her after a name is no evidence of the name's gender; a he is",
             text: "Anna Reyes sits with photos of her son Kody Lund at her home. Kody Lund chose to swallow what he did that night.\n\nKody alone made the choice, the family says.\n\n“It was not his fault,” she says.",
             speaker: "Anna Reyes"),
        Case(name: "a plural subject's 'say' before the quote beats a later clause's speaker",
             text: "While some critics say the city should not pay a “middle man” to run the program, Adam Reese says the premium works.",
             speaker: "some critics"),
        Case(name: "a participle after a comma speaks for the main clause's subject, not a clause between",
             text: "OTTAWA — Foreign Minister Carla Brandt says Canada has asked Peru to spare the life of a man facing a death sentence, calling capital punishment “inhumane.”",
             speaker: "Carla Brandt"),
        Case(name: "a sentence opened by the and an organisation noun speaks through its participle",
             text: "Mayor Tom Reyes spoke on Monday.\n\nThe foreign ministry’s consular office also published a notice on Tuesday saying that Canada had “arbitrarily detained” a citizen.",
             speaker: "The foreign ministry’s consular office"),
        Case(name: "a given name used by women and men (Lee) lets the text's she decide",
             text: "“Sugary drinks have no benefit,” Amanda Nash said.\n\nYoni Fried, a doctor, said the guide will help. “It is a credible document,” he said.\n\nLee Marlow, a manager with Dairy Farmers of Canada, said she is unsure what schools will do. “We will still encourage milk,” she said.",
             speaker: "Lee Marlow"),
        Case(name: "a country opening the sentence speaks for a quote inside it",
             text: "Huawei executive Meng Wanzhou is out on bail.\n\nChina has been outspoken about the arrest, which was described as “basically kidnapping” in state media.",
             speaker: "China"),
        Case(name: "a place in an opening phrase is no subject",
             text: "Jane Roe spoke on Monday.\n\nIn Toronto, Jane Roe called the plan “a mess” on Friday.",
             speaker: "Jane Roe"),
        Case(name: "a list of common nouns before 'says Name' is no subject with an appositive",
             text: "Erin Kim leads the program. Most of the support comes through the “Activate” website and an app which includes coaching, health information, recipes, mindfulness training and goal setting, says Kim.",
             speaker: "Erin Kim"),
        Case(name: "a name before a parenthetical 'he said' is what the quote is about",
             text: "Senate Democratic leader Chuck Schumer kept his caucus together through the shutdown.\n\n“It is the old minds and hearts thing,” said Sen. Richard Blumenthal, D-Conn. Schumer, he said, “knows the minds and hearts of his colleagues.”",
             speaker: "Richard Blumenthal"),
        Case(name: "a name given as an example (porters like X) is not what he continues",
             text: "“These men were smart,” Cecil Foster writes in his new book.\n\nBlack train porters like Stanley Grizzle recognized that they had to fight “both pillars of the social system,” he writes.",
             speaker: "Cecil Foster"),
        Case(name: "according to a possessor: the possessor without its ending",
             text: "That is according to a Michigan college’s annual “list of banished words.”",
             speaker: "a Michigan college"),
    ]

    @Test(arguments: cases)
    func resolvesWithMentions(_ c: Case) {
        let annotation = Annotator().annotate(c.text)
        let speaker = annotation.quotes.last?.speaker ?? ""
        #expect(c.suffix ? speaker.hasSuffix(c.speaker) : speaker == c.speaker, "\(annotation.quotes.map { ($0.speaker, $0.cue) })")
    }

    @Test func speakerLookupsScaleLinearlyWithManyMentions() {
        // Every rule looks back over mentions and bytes; each look-up is bounded, so sixteen
        // copies of a text full of names, pronouns and organisations take about sixteen times the work.
        let unit = (0..<20).map { k in
            "Jane Doe\(k) met Statistics Canada officials and John Roe. (CBC)\n\nMary Smith, a director, agreed with Roe’s plan, saying Doe should “act now.”\n\n“We are ready,” she said. “It matters,” it said. “Fine,” the agency said. “Yes,” he said.\n\n"
        }.joined()
        let annotator = Annotator()
        _ = annotator.annotate("warm up")
        func best(_ text: String) -> Double {
            (0..<3).map { _ in CPUClock().measure { _ = annotator.annotate(text) } }.min()!
        }
        let small = best(unit)
        let large = best(String(repeating: unit, count: 16))
        #expect(annotator.annotate(unit).quotes.count >= 60)
        #expect(large / max(small, 0.0005) < 64, "16x input took \(large / max(small, 0.0005))x the time")
    }

    @Test func aSentenceLedByAnotherPersonIntroducesTheNextQuoteOfItsParagraph() {
        let introduced = Annotator().annotate("The piece was first staged in 2015. “I always felt it deserved more time,” says Christopher Hale. Jeanine Dorsey did not need much coaxing. “I am thankful for the invitation.”")
        #expect(introduced.quotes.map(\.speaker) == ["Christopher Hale", "Jeanine Dorsey"])
        // A quote opening a new paragraph goes on with the speaker before it.
        let continued = Annotator().annotate("“We played well,” said Ben Hart, who won in 2016. Silverman and Svensson have also won on the tour.\n\n“We are all proud to play for Canada.”")
        #expect(continued.quotes.map(\.speaker) == ["Ben Hart", "Ben Hart"])
    }

    @Test func aTimePhraseBetweenSubjectAndVerbKeepsTheSubject() {
        for text in ["Calgary MP Jane Roe earlier this week called the minister a “chicken” on Twitter, but Tom Lee insists it was fair.",
                     "Calgary MP Jane Roe on Monday called the minister a “chicken” on Twitter, but Tom Lee insists it was fair."] {
            let quote = Annotator().annotate(text).quotes.first
            #expect(quote?.speaker == "Jane Roe")
            #expect(quote?.cue == "called")
        }
    }

    @Test func itGoesToTheOrganisationANounPhraseNamedAsASpeaker() {
        let text = "Prime Minister Justin Trudeau spoke on Monday.\n\nThe foreign ministry’s consular office also published a notice on Tuesday saying that Canada had “arbitrarily detained” a citizen.\n\nIt urged citizens to “fully assess the risks of travel.”"
        #expect(Annotator().annotate(text).quotes.map(\.speaker) == ["The foreign ministry’s consular office", "The foreign ministry’s consular office"])
    }

    @Test func sheIsNeverAManNamedLast() {
        // The only person named is a man: better no speaker than him.
        let text = "The young mother’s goal is a passport for herself and her husband, Mohammad Karimi.\n\n“I am home now,” she said."
        let quotes = Annotator().annotate(text).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker != "Mohammad Karimi")
    }

    @Test func givenNamesCarryTheirUsualGender() {
        #expect(GivenNameGender.of("Tatiana") == .female)
        #expect(GivenNameGender.of("mary") == .female)
        #expect(GivenNameGender.of("Doug") == .male)
        #expect(GivenNameGender.of("Jordan") == .male)
        #expect(GivenNameGender.of("Sparkes") == nil)
        #expect(GivenNameGender.of("Lee") == nil) // Lee Child, Lee Remick
    }
}
