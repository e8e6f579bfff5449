import Testing
@testable import BriefAnnotate

/// A rank of two words ("Major general", "Rear admiral") is one title: the person's mention
/// covers all of it, as it covers "President" of "President Anna Kestrel".
@Suite struct CompoundRankTests {
    @Test("a rank whose second word is lower case joins the mention", arguments: [
        ("Major general Quorvan Mibbs said the search would continue.", "Major general Quorvan Mibbs/PERSON"),
        ("Rear admiral Anna Kestrel inspected the fleet.", "Rear admiral Anna Kestrel/PERSON"),
        ("Lieutenant colonel Anna Kestrel commanded the unit.", "Lieutenant colonel Anna Kestrel/PERSON"),
        ("Staff sergeant Tom Quorvan was decorated.", "Staff sergeant Tom Quorvan/PERSON"),
    ])
    func lowerCaseRank(text: String, expected: String) {
        #expect(typed(text).first == expected)
    }

    @Test("both words of a capitalised or hyphened rank join, not only the second")
    func capitalisedRank() {
        #expect(typed("Major General Quorvan Mibbs spoke to reporters.").first == "Major General Quorvan Mibbs/PERSON")
        #expect(typed("Major-General Quorvan Mibbs was promoted.").first == "Major-General Quorvan Mibbs/PERSON")
    }

    @Test("words that are no rank stay out", arguments: [
        ("The major general Quorvan Mibbs knew was gone.", "Quorvan Mibbs/PERSON"),
        ("Major league scout Tom Quorvan signed him.", "Tom Quorvan/PERSON"),
    ])
    func noRank(text: String, expected: String) {
        #expect(typed(text).contains(expected))
        #expect(!typed(text).contains { $0.hasPrefix("Major") })
    }

    @Test("the entity keeps the bare name")
    func entityKeepsBareName() {
        let r = recognize("Major general Quorvan Mibbs arrived. Later Quorvan Mibbs left.")
        #expect(r.entities.count == 1)
        #expect(r.entities.first?.name == "Quorvan Mibbs")
    }

    @Test("a rank on a line of its own is no title of the name on the next", arguments: [
        "ATTORNEY GENERAL\nQuorvan Mibbs announced charges.",
        "New Attorney General\nQuorvan Mibbs",
        "Who is the Surgeon General\nQuorvan Mibbs faces questions.",
        "The court named a new Attorney General\n\nQuorvan Mibbs will start soon.",
        "Staff Sergeant\nQuorvan Mibbs",
        "Staff\nSergeant Quorvan Mibbs",
    ])
    func lineBreak(text: String) {
        let found = typed(text)
        #expect(!found.contains { $0.contains("\n") })
        #expect(!found.contains { $0.hasPrefix("Staff") || $0.hasPrefix("Attorney") || $0.hasPrefix("Surgeon") || $0.hasPrefix("ATTORNEY") })
    }
}
