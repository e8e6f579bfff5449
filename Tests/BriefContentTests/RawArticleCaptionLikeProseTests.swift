import Foundation
import Testing
@testable import BriefContent

/// Article prose that looks like a caption or an author box and must stay in the body. Rules
/// that left these out (a line ending in a bracketed credit, a line describing a picture
/// before a subheading, a closing sentence "<Name> is a reporter for ...") were tried and
/// dropped: they removed real paragraphs on ordinary pages.
@Suite("RawArticle: prose that reads like a caption or author note stays")
struct RawArticleCaptionLikeProseTests {
    /// The paragraphs of `text` that are the article's own: every blank-line block between the
    /// byline and the footer, in order.
    static func articleBlocks(_ text: String, after byline: String) -> [String] {
        let blocks = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let start = blocks.firstIndex { $0.contains(byline) }! + 1
        let end = blocks.firstIndex { $0.hasPrefix("Most Popular") }!
        return Array(blocks[start..<end])
    }

    @Test func aStoryAboutAReporterKeepsItsLastParagraph() {
        let text = """
        Skip to content
        Home
        World
        SubscribeSign In

        Court keeps American reporter in custody
        By Lena Marsh

        A court in the capital on Wednesday extended the detention of Daniel Okafor by another two months, keeping him in a prison on the city's edge.

        The decision was expected. Courts there rarely free defendants accused of spying, and prosecutors sought the extension at a closed hearing that lasted under an hour.

        "These charges are baseless," his editor said in a statement after the ruling, repeating calls for his immediate release.

        Diplomats have said an exchange of prisoners is the most likely way he could be freed, though officials insist any talks must stay out of the press.

        Okafor is a reporter for The Morning Courier who was detained in the port city in June 2023 while on assignment, and he has denied the charges.

        Most Popular
        Privacy Policy
        Copyright © 2024 The Daily Ledger. All rights reserved.
        """
        let paragraphs = RawArticle(parsing: text).paragraphs
        #expect(paragraphs == Self.articleBlocks(text, after: "By Lena Marsh"))
        #expect(paragraphs.last?.hasPrefix("Okafor is a reporter for The Morning Courier") == true)
    }

    @Test func aSourceInBracketsEndingAParagraphIsNotACaption() {
        let text = """
        Skip to content
        Home
        World
        SubscribeSign In

        Hiring slows sharply in spring
        By Tomas Reyes

        Employers added just 40,000 jobs last month, the fewest in three years, as storms and a dock strike weighed on hiring across the country.

        Economists had expected a gain of about 150,000 jobs. The jobless rate held at 4.2 percent, the department said on Friday morning.

        Average pay rose 3.8 percent from a year earlier, beating inflation for the twelfth month in a row. (Source: Bureau of Labor Statistics)

        Revisions to the two previous months took away another 60,000 jobs from earlier estimates, suggesting the market is cooling faster than thought.

        Markets rose on the news as investors bet the slowdown would give the central bank room to cut rates at its next meeting.

        Most Popular
        Privacy Policy
        Copyright © 2024 The Daily Ledger. All rights reserved.
        """
        let paragraphs = RawArticle(parsing: text).paragraphs
        #expect(paragraphs == Self.articleBlocks(text, after: "By Tomas Reyes"))
        #expect(paragraphs.contains { $0.hasSuffix("(Source: Bureau of Labor Statistics)") })
    }

    @Test func satelliteImagesShowingSomethingBeforeASubheadingIsProse() {
        let text = """
        Skip to content
        Home
        World
        SubscribeSign In

        Drones hit air base far from the front
        By Sara Lind

        Drones struck an air base hundreds of miles from the front overnight, destroying at least three transport planes, officials said on Monday.

        The defense ministry said its air defenses had downed 30 drones over several regions, but made no mention of damage at the base.

        Satellite images taken on Monday morning by a commercial provider show burn marks and wreckage on the apron where the planes had been parked.

        Official Response

        The government's spokesman said the attack would be answered, and missiles struck power stations in the west of the country hours later.

        Long-range strikes on military targets have grown more frequent this year, using drones built at home.

        Most Popular
        Privacy Policy
        Copyright © 2024 The Daily Ledger. All rights reserved.
        """
        let paragraphs = RawArticle(parsing: text).paragraphs
        #expect(paragraphs == Self.articleBlocks(text, after: "By Sara Lind"))
        #expect(paragraphs.contains { $0.hasPrefix("Satellite images taken on Monday morning") })
        #expect(paragraphs.contains("Official Response"))
    }
}
