import Foundation
import Testing
import BriefAnnotate

/// The annotator stays linear on input built to hurt it: long runs of quotation marks, capitals
/// and dashes cost at most a small multiple of ordinary news text of the same size. Ratios, not
/// absolute times, so the tests hold on slow machines and under sanitizers.
@Suite("Adversarial annotation")
struct AdversarialAnnotateTests {
    static let megabyte = 1 << 20

    /// `unit` repeated to `size` bytes (cut at a unit boundary).
    static func repeated(_ unit: String, to size: Int = megabyte) -> String {
        String(repeating: unit, count: max(1, size / unit.utf8.count))
    }

    /// The sample site's raw article: real news prose with quotes, names and datelines.
    static let news: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("content/lavrov-alaska-summit.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? "“We will talk,” Sergei Lavrov told reporters in Moscow on Monday. "
        return repeated(text + "\n\n")
    }()

    static let adversarial: [(name: String, text: String)] = [
        ("curly quotes", repeated("\u{201C}")),
        ("straight quotes", repeated("\" ")),
        ("mixed unbalanced marks", repeated("\u{201C}a \u{AB} \u{201E}\u{2018}'\" ")),
        ("capitals", repeated("A ")),
        ("capitalised words", repeated("Foreign Minister Of The United ")),
        ("acronyms", repeated("NATO EU UN ")),
        ("dashes", repeated("– ")),
        ("dash quotes", repeated("– he said – ")),
        ("colons and cues", repeated("Lavrov said: ")),
        ("quotes, capitals and dashes", repeated("“A – B” C, said D: «E ")),
        ("one paragraph of open quotes", repeated("\u{201C}Lavrov said \n\n")),
    ]

    private static func seconds(_ text: String) -> Double {
        let annotator = Annotator()
        let clock = ContinuousClock()
        var best = Double.infinity
        for _ in 0..<2 {
            let start = clock.now
            let annotation = annotator.annotate(text)
            let elapsed = clock.now - start
            let length = text.utf8.count
            #expect(annotation.quotes.allSatisfy { $0.range.lowerBound >= 0 && $0.range.upperBound <= length })
            #expect(annotation.mentions.allSatisfy { $0.range.lowerBound >= 0 && $0.range.upperBound <= length })
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
    }

    @Test func aMegabyteOfMarksCapitalsAndDashesCostsAtMostTenTimesNews() {
        let baseline = Self.seconds(Self.news)
        for (name, text) in Self.adversarial {
            let time = Self.seconds(text)
            // 50 ms of slack: on a fast annotator, timer noise is larger than the work.
            #expect(time <= 10 * baseline + 0.05, "\(name): \(time) s against \(baseline) s for news")
        }
    }

    @Test func aHundredThousandUnbalancedQuotationMarksGiveValidQuotes() {
        let text = String(repeating: "\u{201C}word \" ", count: 50_000)
        let annotation = Annotator().annotate(text)
        let length = text.utf8.count
        #expect(annotation.quotes.count <= 100_000)
        for quote in annotation.quotes {
            #expect(quote.range.lowerBound >= 0 && quote.range.upperBound <= length && !quote.range.isEmpty)
        }
    }

    @Test(arguments: [
        "\u{201C}", "\u{201D}", "\"", "«", "»", "„", "–", "—", ":", "'", "’", "\u{201C}\u{201D}", "\"\"", "« »",
        "A", "A.", "Mr.", "said", "he said", "\u{201C}a\u{201D} said", "– a – he said", "a:\n\n\u{201C}",
        "\u{FEFF}\u{201C}", "\u{0301}\u{201C}", "e\u{0301}\u{201D}", "\u{1F600}\u{201C}\u{1F600}", "\n\n\n",
    ])
    func tinyInputsGiveRangesInsideTheText(text: String) {
        let annotation = Annotator().annotate(text)
        let length = text.utf8.count
        for quote in annotation.quotes { #expect(quote.range.lowerBound >= 0 && quote.range.upperBound <= length) }
        for mention in annotation.mentions { #expect(mention.range.lowerBound >= 0 && mention.range.upperBound <= length) }
    }
}
