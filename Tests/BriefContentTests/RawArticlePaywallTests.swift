import Testing
@testable import BriefContent

/// A paywall's lines are furniture. "subscribers" is not the cue "subscribe" (it is a word
/// of article prose: "sign up additional subscribers"), so the paywall's own phrases are cues.
@Suite("RawArticle: paywall lines")
struct RawArticlePaywallTests {
    @Test(arguments: [
        "This article is available exclusively to subscribers.",
        "Already a subscriber?",
        "Unlock this article. Subscribers get unlimited access.",
        "This story is exclusive to subscribers. Unlock this story today.",
    ])
    func paywallPhrasesAreStrongCues(_ line: String) {
        #expect(LineFeatures(Array(line.utf8)).strongCues >= 1)
    }

    @Test(arguments: [
        "The company has been trying to sign up additional subscribers through a cheaper plan with ads.",
        "Analysts said subscribers were already leaving for cheaper rivals.",
    ])
    func subscribersInProseIsNoPaywall(_ line: String) {
        let feature = LineFeatures(Array(line.utf8))
        #expect(feature.strongCues <= 1)  // "sign up" is a cue of its own; "subscribers" is none
        #expect(feature.score > 0)
    }

    static let storyParagraphs = [
        "The music service lost 300,000 paying listeners in the last quarter, its first drop in nine years, sending its shares down 8 percent in late trading.",
        "Executives blamed a price rise and a crackdown on shared family plans, and said they expected growth to return in the second half of the year.",
        "The company has been trying to sign up additional subscribers through a cheaper plan with ads, which it says now makes up a quarter of new accounts.",
        "Analysts said the results showed how hard it has become to grow in a crowded market, with rivals paying heavily for exclusive podcasts.",
    ]

    @Test func aPaywallAfterTheStoryIsLeftOutAndTheStoryKept() {
        let text = """
        Skip to content
        Home
        World
        SubscribeSign In

        Music app loses listeners for the first time
        By Nora Vance

        The music service lost 300,000 paying listeners in the last quarter, its first drop in nine years, sending its shares down 8 percent in late trading.

        Executives blamed a price rise and a crackdown on shared family plans, and said they expected growth to return in the second half of the year.

        The company has been trying to sign up additional subscribers through a cheaper plan with ads, which it says now makes up a quarter of new accounts.

        Analysts said the results showed how hard it has become to grow in a crowded market, with rivals paying heavily for exclusive podcasts.

        This article is available exclusively to subscribers.
        Already a subscriber?
        Subscriber Benefits

        Most Popular
        Privacy Policy
        Copyright © 2024 The Daily Ledger. All rights reserved.
        """
        #expect(RawArticle(parsing: text).paragraphs == Self.storyParagraphs)
    }

    @Test func anUnlockLineAfterTheStoryIsLeftOut() {
        let text = """
        Skip to content
        Home
        World
        SubscribeSign In

        Town approves plan to fix bridges
        By Eli Grant

        The town council on Tuesday approved a $12 million plan to repair three bridges, promising to finish the work before the end of next summer.

        The mayor said the money would come from a budget surplus and a state grant for infrastructure awarded earlier this year.

        Residents have complained for years about closed lanes and weight limits that send trucks through the town center.

        Crews will begin work next month on the oldest of the three, which carries the main road over the river.

        Unlock this article. Subscribers get unlimited access.
        Already subscribed? Log in

        Most Popular
        Privacy Policy
        Copyright © 2024 The Daily Ledger. All rights reserved.
        """
        let paragraphs = RawArticle(parsing: text).paragraphs
        #expect(paragraphs.count == 4)
        #expect(!paragraphs.contains { $0.contains("Unlock") || $0.contains("subscribed") })
        #expect(paragraphs.last?.hasPrefix("Crews will begin work next month") == true)
    }
}
