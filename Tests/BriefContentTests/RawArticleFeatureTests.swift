import Testing
@testable import BriefContent

@Suite("RawArticle: line features")
struct RawArticleFeatureTests {
    @Test(arguments: [
        ("Kiev’s European allies are trying", 5),
        ("– The Ukrainian regime – he said", 5),
        ("state-run media, 2019", 3),
        ("商品の改造が商標法違反に", 6),
        ("«Nous ne lâcherons rien»", 4),
        ("", 0),
    ])
    func wordCounts(_ line: String, _ words: Int) {
        #expect(LineFeatures(Array(line.utf8)).words == words)
    }

    @Test(arguments: [
        ("He said.", true), ("Is it true?", true), ("“Go home,” he said.”", true), ("labels", false),
        ("It was raining…", true), ("商標権侵害にはなりません。", true), ("Read more »", false), ("Path C:", true),
    ])
    func sentenceEnds(_ line: String, _ ends: Bool) {
        #expect(LineFeatures(Array(line.utf8)).endsSentence == ends)
    }

    @Test(arguments: [
        "Photo 2 of 12",
        "(Photo: AFP)",
        "1of4Grass Valley's Dionicio Torres looks at the gas cans.",
        "The house where Adolf Hitler was born. Leonhard Foeger / Reuters file",
        "A 14th century plague doctor (Image: GETTY)",
        "Firefighters on the ridge on Monday. Photograph by Ana Ruiz",
    ])
    func captionsScoreAsFurniture(_ line: String) {
        let feature = LineFeatures(Array(line.utf8))
        #expect(feature.isCaption || feature.creditTail)
        #expect(feature.score <= 0)
    }

    @Test(arguments: [
        "👁 A safer way to protect your data; plus, check out the latest news on privacy and security",
        "► Watch the full interview with the minister on our channel tonight",
        "Jane Roe is a staff writer at the Gazette covering transport, housing and the city council.",
    ])
    func promoLinesAndAuthorBoxesScoreAsFurniture(_ line: String) {
        #expect(LineFeatures(Array(line.utf8)).score <= 0)
    }

    @Test(arguments: [
        "Police: 2 In Custody After Death Of StudentA 24-year-old woman and a man have been charged.",
        "Customers Leave Without Paying At Troy SteakhouseA party of six left without paying the bill.",
    ])
    func gluedTeasersScoreAsFurniture(_ line: String) {
        let feature = LineFeatures(Array(line.utf8))
        #expect(feature.gluedJoins == 1)
        #expect(feature.score < 0)
    }

    @Test(arguments: [
        "Russian Foreign Minister Sergei Lavrov has accused European leaders of trying to undermine progress he said was made at last week’s summit.",
        "The WeWork and PlayStation deals were signed on Monday, the company said in a statement to investors.",
        "On October 18, more than 300 people were deported for entering the country illegally. PTI",
        "The mayor opened the new harbour bridge on Tuesday and thanked the crews who built it. #HarbourBridgeOpening @CityOfNorthport",
    ])
    func proseScoresPositive(_ line: String) {
        #expect(LineFeatures(Array(line.utf8)).score > 0)
    }

    @Test func hashtagsAndHandlesInCamelCaseAreNotGluedJoins() {
        #expect(LineFeatures.countGluedJoins(Array("Vote today.#TodayInSenatePlenary via @NorthportNews".utf8)) == 0)
        #expect(LineFeatures.countGluedJoins(Array("Vote today.#TodayIn SteakhouseA party".utf8)) == 1)
    }
}
