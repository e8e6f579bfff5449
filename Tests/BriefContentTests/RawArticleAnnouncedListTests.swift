import Testing
@testable import BriefContent

/// A list announced by a sentence of the article ("... these are the ones we would buy:") ends
/// where the page's boxes and footer begin: at a box label, a short label after items of another
/// shape, a line repeated elsewhere on the page; a list it cannot see the end of is not kept.
@Suite("RawArticle: the end of a list announced by a sentence")
struct RawArticleAnnouncedListTests {
    static let headline = "Ten classic toys on sale this week"
    static let lead = "Prices on classic toys and films have fallen sharply ahead of the holiday season, according to the retailer."
    static let intro = "The shop has cut prices on dozens of classic toys and films this week, and these are the ones we would buy:"

    static func page(_ lines: [String]) -> RawArticle {
        RawArticle(parsing: ([headline, lead, intro] + lines).joined(separator: "\n\n") + "\n")
    }

    @Test(arguments: ["Editor's picks", "In other news", "Elsewhere", "Don't miss", "Must read"])
    func aBoxLabelEndsTheList(label: String) {
        let article = Self.page(["Wooden racing track", "Board game collection", "Pirate ship", label,
                                 "Bridge tolls to rise again", "Council approves breakwater study"])
        #expect(article.paragraphs.last == "Pirate ship")
        #expect(!article.body.contains("Bridge tolls"))
    }

    @Test func aFooterAfterNumberedItemsIsNotTheList() {
        let article = Self.page(["1. Wooden racing track", "2. Board game collection", "3. Pirate ship",
                                 "World", "Politics", "Sport", "123 Main Street, Springfield", "Tel 020 7946 0000"])
        #expect(article.paragraphs.last == "3. Pirate ship")
        #expect(!article.body.contains("Politics") && !article.body.contains("Main Street"))
    }

    @Test func aMenuRepeatedOnThePageIsNotTheList() {
        let menu = ["Toys", "Films", "Games", "Books"]
        let article = RawArticle(parsing: ([Self.headline] + menu + [Self.lead, Self.intro, "Wooden racing track",
                                            "Board game collection", "Pirate ship"] + menu).joined(separator: "\n\n") + "\n")
        #expect(article.paragraphs.last == "Pirate ship")
        #expect(!article.paragraphs.contains("Films"))
    }

    @Test func aSwallowedBoxDoesNotCarryTheArticleIntoTeasers() {
        let teaser = "The mayor said on Tuesday that the harbour bridge would close for repairs for most of the summer."
        let article = Self.page(["Wooden racing track", "Board game collection", "Pirate ship", "Don't miss",
                                 "Bridge tolls to rise again", "Council approves breakwater study", teaser])
        #expect(!article.body.contains("Bridge tolls"))
        #expect(!article.paragraphs.contains(teaser))
    }

    @Test func aListWithNoEndInSightIsNotKept() {
        let items = (1...24).map { "Classic toy number \(["one", "two", "three", "four", "five"][$0 % 5]) in row \($0)" }
        let article = Self.page(items)
        #expect(!article.body.contains("in row 17"))
    }

    @Test func byLineAndDateLinesAreNotTableCells() {
        let standfirst = "The council voted on Monday to close the old harbour bridge for a full year of repairs to its deck."
        let first = "The bridge carries twelve thousand cars a day, and the detour will add twenty minutes to most journeys."
        let second = "Engineers found cracks in two of the main supports during an inspection in the autumn, the council said."
        let lines = ["Harbour bridge to close for a year", standfirst, "Published", "3 March 2024", "Updated", "4 March 2024",
                     "5:42 PM", "4 minutes", first, second]
        let article = RawArticle(parsing: lines.joined(separator: "\n\n") + "\n")
        #expect(!article.paragraphs.contains("3 March 2024") && !article.paragraphs.contains("5:42 PM"))
        #expect(article.date != nil)
        #expect(article.paragraphs.contains(first))
    }

    @Test func aFurnitureLineIsNotJoinedToTheWrappedParagraphUnderIt() {
        let advert: [ArraySlice<UInt8>] = ["Advertisement", "which were released online and are making the rounds on", "social media."]
            .map { Array($0.utf8)[...] }
        #expect(!TextUnit.isHardWrapped(advert))
    }

    @Test(arguments: ["état", "которые"])
    func aShortFirstLineJoinsANonASCIILowerCaseLine(word: String) {
        let lines: [ArraySlice<UInt8>] = ["Photos", "\(word) were released online and are making the rounds on", "social media."]
            .map { Array($0.utf8)[...] }
        #expect(TextUnit.isHardWrapped(lines))
        #expect(!TextUnit.startsLowercase(Array("État".utf8)[...]))
    }

    @Test func aHashtagEndsAtAnyWhitespace() {
        #expect(LineFeatures.countGluedJoins(Array("Vote today.#TodayIn\tSteakhouseA party".utf8)) == 1)
        #expect(LineFeatures.countGluedJoins(Array("Vote today.#TodayIn\u{00A0}SteakhouseA party".utf8)) == 1)
        #expect(LineFeatures.countGluedJoins(Array("Vote today.#TodayInSenatePlenary now".utf8)) == 0)
    }
}
