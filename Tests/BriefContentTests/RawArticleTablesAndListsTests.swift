import Testing
@testable import BriefContent

/// Article text that pages paste one line at a time: a table one cell a line, a list whose
/// items stand in blocks of their own at the end of the article, a first line wrapped short.
/// None of it may cut the article in two; a menu or a link list after the article stays out.
@Suite("RawArticle: tables, lists in blocks of their own, short wrapped lines")
struct RawArticleTablesAndListsTests {
    static let before = "The league published the final standings on Sunday after the last round of matches in the northern group."
    static let after = "Harbour Town finished top for the first time in twenty years, two points clear of their nearest rivals."
    static let later = "Their coach said the title belonged to the supporters who had followed the team through three relegations."

    /// A table pasted one cell a line, as browsers copy HTML tables.
    static let table = ["Club", "Played", "Points", "Harbour Town", "30", "64", "Mill Lane", "30", "62", "Riverside", "30", "55",
                        "2 wins, 1 draw (7 points). 3 goals.", "%"]

    @Test func aTablePastedOneCellALineKeepsTheArticleOnBothSides() {
        let cells = Self.table.joined(separator: "\n\n")
        let article = RawArticle(parsing: "Harbour Town win the league\n\n\(Self.before)\n\n\(cells)\n\n\(Self.after)\n\n\(Self.later)\n")
        #expect(article.paragraphs.first == Self.before)
        #expect(article.paragraphs.last == Self.later)
        #expect(article.paragraphs.contains(Self.after))
        #expect(article.paragraphs.contains("Mill Lane") && article.paragraphs.contains("62"))
    }

    @Test func aMenuOfShortLinesWithoutFiguresIsNotATable() {
        let menu = ["News", "Sport", "Weather", "Culture", "Travel", "Local", "Business", "Opinion"].joined(separator: "\n\n")
        let article = RawArticle(parsing: "Harbour Town win the league\n\n\(Self.before)\n\n\(Self.after)\n\n\(menu)\n\nAll content is provided by the Harbour Town newsroom team for readers across the region.\n")
        #expect(article.paragraphs == [Self.before, Self.after])
    }

    @Test func aScoresBoxAfterTheArticleIsNotATable() {
        let scores = ["Live scores", "Harbour Town", "2", "Mill Lane", "1", "Riverside", "0", "Northport", "3"].joined(separator: "\n\n")
        let article = RawArticle(parsing: "Harbour Town win the league\n\n\(Self.before)\n\n\(Self.after)\n\n\(scores)\n\nShare this story\n")
        #expect(article.paragraphs == [Self.before, Self.after])
    }

    @Test func isFiguresCountsWordsThatStartWithADigit() {
        for (line, expected) in [("63", true), ("85%", true), ("$139.00", true), ("2 tackles, 1 assist (3 combined).", true), ("3 tackles, 1 sack, 1 QH, 1 pass defended.", true),
                                 ("Mill Lane", false), ("The 47 year old was there.", false), ("Week 11", true)] {
            let bytes = Array(line.utf8)
            #expect(InlineStructure.isFigures(bytes, LineFeatures(bytes)) == expected, "\(line)")
        }
    }

    static let intro = "The shop has cut prices on dozens of classic toys and films this week, and these are the ones we would buy:"

    @Test func aListAnnouncedByASentenceKeepsItsItemsAtTheEndOfTheArticle() {
        let article = RawArticle(parsing: """
            Ten classic toys on sale this week

            Prices on classic toys and films have fallen sharply ahead of the holiday season, according to the retailer.

            \(Self.intro)

            1) Lego pirate ship with eight figures and a working cannon that fires small bricks

            http://example.com/a1

            2) Wooden racing track

            http://example.com/a2

            3) Board game collection

            http://example.com/a3

            ToysFilmsHolidayGifts

            Leave a comment

            Ada Lovelace wrote: great list, thanks for sharing it with us all today!
            """)
        #expect(article.paragraphs.last == "http://example.com/a3")
        #expect(article.paragraphs.contains("1) Lego pirate ship with eight figures and a working cannon that fires small bricks"))
        #expect(article.paragraphs.contains(Self.intro))
        #expect(!article.body.contains("Leave a comment") && !article.body.contains("ToysFilms"))
    }

    @Test func aShortLabelAfterTheArticleIsNotAnAnnouncingSentence() {
        let article = RawArticle(parsing: """
            Ten classic toys on sale this week

            Prices on classic toys and films have fallen sharply ahead of the holiday season, according to the retailer.

            Shoppers in the capital queued from early morning for the best of the discounts, staff said.

            Latest:

            Bridge tolls to rise again

            Council approves breakwater study

            Mayor opens new library
            """)
        #expect(article.paragraphs.count == 2)
        #expect(!article.body.contains("Bridge tolls"))
    }

    @Test func aListAnnouncedByASentenceStopsAtASectionLabel() {
        let article = RawArticle(parsing: """
            Ten classic toys on sale this week

            Prices on classic toys and films have fallen sharply ahead of the holiday season, according to the retailer.

            \(Self.intro)

            Wooden racing track

            Board game collection

            Pirate ship

            Latest news

            Bridge tolls to rise again

            Council approves breakwater study
            """)
        #expect(article.paragraphs.last == "Pirate ship")
    }

    @Test func aShortFirstLineWrappedIntoTheNextJoinsItsParagraph() {
        let article = RawArticle(parsing: """
            Actress shows off new look

            Photos
            which were released online and are making the rounds on social media,
            show the actress looking absolutely stunning in a set of new portraits
            taken in Lagos.

            The actress, who won a major award in 2008, shared the pictures with her followers on Sunday evening.
            """)
        #expect(article.paragraphs.first == "Photos which were released online and are making the rounds on social media, show the actress looking absolutely stunning in a set of new portraits taken in Lagos.")
        #expect(article.paragraphs.count == 2)
    }

    @Test func aShortLineBeforeACapitalisedLineIsNotJoined() {
        let lines: [ArraySlice<UInt8>] = ["Sections", "News from the region and around the world today", "Sport"].map { Array($0.utf8)[...] }
        #expect(!TextUnit.isHardWrapped(lines))
        let wrapped: [ArraySlice<UInt8>] = ["Photos", "which were released online and are making the rounds on", "social media."].map { Array($0.utf8)[...] }
        #expect(TextUnit.isHardWrapped(wrapped))
    }
}
