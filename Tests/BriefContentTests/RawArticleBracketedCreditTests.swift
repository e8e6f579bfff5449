import Testing
@testable import BriefContent

/// A bracketed credit closing a line after a sentence ("... rising above the clouds. (Source:
/// NASA)") marks the line as a picture's or video's caption, however long the caption.
@Suite("RawArticle: bracketed credits mark captions")
struct RawArticleBracketedCreditTests {
    @Test(arguments: [
        "The probe took this image of the icy moon rising above the planet's cloud tops in February, six hours after its closest approach. (Source: NASA)",
        "A video showing the dramatic moment a kidnapped girl was rescued by police was released on Monday. (Published Monday, Nov. 18, 2019)",
        "Artist's impression of the plumes rising from the southern pole of the moon. (Goddard Space Flight Center/Jane Roe)",
        "The family gathered at the harbour on the morning of the launch to see the boat off. (Courtesy of the Lindqvist family)",
    ])
    func captionsWithBracketedCreditsScoreAsFurniture(_ line: String) {
        let feature = LineFeatures(Array(line.utf8))
        #expect(feature.isCaption)
        #expect(feature.score <= 0)
    }

    @Test(arguments: [
        "He said the inquiry could run for months, and that it would not be the first to do so (Watergate took more than two years).",
        "Apple AirPods with Wireless Charging Case (Latest Model)",
        "Why the programme is promising. (More)",
        "The ministry said the rules apply to employers and/or contractors working on the site. (Both groups were told on Monday.)",
        "Cases rose by a third in the week to Sunday, officials said. (Figures for Wales are published weekly.)",
    ])
    func otherBracketsAreNotCredits(_ line: String) {
        #expect(!LineFeatures.hasBracketedCredit(ByteText.lowercased(Array(line.utf8))))
    }

    @Test func aCaptionWithABracketedCreditIsLeftOutOfTheBody() {
        let text = """
        Water vapour found on a moon of Jupiter

        The probe took this image of the icy moon rising above the planet's cloud tops in February, six hours after its closest approach. (Source: NASA)

        HONOLULU (Reuters) - Scientists using a telescope atop a Hawaiian volcano have confirmed the presence of water vapour above the surface of the moon.

        The find almost certainly means the moon has liquid water, an essential ingredient for life, the team said in a paper published on Monday.

        Scientists believe there is a liquid water ocean beneath a miles-thick ice shell that holds twice as much water as all the oceans on Earth.
        """
        let article = RawArticle(parsing: text)
        #expect(!article.paragraphs.contains { $0.contains("(Source: NASA)") })
        #expect(article.paragraphs.count == 3)
    }
}
