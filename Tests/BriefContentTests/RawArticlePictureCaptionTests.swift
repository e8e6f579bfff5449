import Testing
@testable import BriefContent

/// A line that describes a picture ("This satellite image shows ...") is its caption when a
/// credit line or another caption stands beside it, however long it is.
@Suite("RawArticle: picture captions beside credits")
struct RawArticlePictureCaptionTests {
    static let lead = "Officials handed out five million masks to schoolchildren on Friday as a thick haze settled over the capital for a third day."
    static let middle = "Farmers burn the stubble left after the rice harvest to clear their fields quickly before the wheat is sown in the autumn."
    static let closing = "The agency said it would send a second lander to the far side of the moon in two years if the first one worked as planned."
    static let end = "Traffic, building work and cooking fires add to the smoke, and the haze is trapped near the ground by the cold autumn air."

    @Test func aCaptionWithItsCreditLineIsLeftOut() {
        let text = """
        Smoke chokes the capital again

        \(Self.lead)

        \(Self.middle)

        This satellite image from the space agency shows fires detected near the capital on the third of November this year.

        Space Agency Worldview

        \(Self.end)
        """
        let article = RawArticle(parsing: text)
        #expect(article.paragraphs == [Self.lead, Self.middle, Self.end])
    }

    @Test func gallerySlidesBetweenCountersAndCreditsAreLeftOut() {
        let text = """
        Five companies picked to build moon landers

        \(Self.lead)

        \(Self.middle)

        Image 2 of 3

        An artist's concept of the company's small lunar lander standing on the grey surface of the moon near the south pole.

        (Image credit: Orbit Works)

        Image 3 of 3

        \(Self.end)

        \(Self.closing)
        """
        let article = RawArticle(parsing: text)
        #expect(!article.paragraphs.contains { $0.contains("artist's concept") })
        #expect(article.paragraphs.contains(Self.end))
    }

    @Test func aSentenceAboutAPictureAmongParagraphsStays() {
        // Prose that talks about a picture, with prose on both sides, is the article's.
        let about = "The ministry said this image of the country as a polluted place was unfair, and that the air had been cleaner than in most years."
        let text = """
        Smoke chokes the capital again

        \(Self.lead)

        \(about)

        \(Self.end)
        """
        #expect(RawArticle(parsing: text).paragraphs == [Self.lead, about, Self.end])
    }

    @Test func describingWordsAreFound() {
        #expect(LineFeatures(Array("This illustration shows a concept lander.".utf8)).describesPicture)
        #expect(LineFeatures(Array("An artist’s impression of the plumes.".utf8)).describesPicture)
        #expect(!LineFeatures(Array("The minister sketched his own picture of the economy.".utf8)).describesPicture)
    }
}
