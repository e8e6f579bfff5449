import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// A pasted article that loses paragraphs of prose builds, with a warning naming the file.
@Suite("Raw article warnings")
struct RawArticleWarningTests {
    static let losing = """
        Council approves budget

        The city council approved its budget for next year on Tuesday after a debate that lasted well into the night.

        Spending on roads will rise by a tenth, while the library budget stays frozen for a third year running.

        Leave a comment

        The mayor said the council had found savings in every department without closing a single library branch.

        Opposition councillors said they would ask the regional auditor to look again at the figures in the spring.
        """

    @Test func aPastedArticleThatLosesProseBuildsWithAWarningEveryTime() async throws {
        let site = try HostileSite()
        try site.write("content/budget.txt", Self.losing)
        for _ in 0..<2 {
            let result = await site.build()
            #expect(result.status == 0)
            #expect(result.err.contains {
                $0.hasPrefix("content/budget.txt:9: warning: the raw-article cleaner left out 2 paragraphs that read like article text (lines 9, 11)")
            }, "\(result.err)")
        }
        let page = try site.scratch.read("site/public/briefings/budget/index.html")
        #expect(page.contains("Spending on roads"))
        // The warning is saved with the inputs' fingerprint: the second build found nothing
        // changed and said it again without building.
        let saved = try #require(InputFingerprint.load(from: InputFingerprint.url(
            in: site.site.appendingPathComponent(".brief-cache"), for: site.site.appendingPathComponent("public"))))
        #expect(saved.warnings.count == 1)
        #expect(saved.warnings.first?.hasPrefix("content/budget.txt:9: warning: the raw-article cleaner left out 2 paragraphs") == true)
    }

    @Test func aFingerprintKeepsItsWarningsExactly() throws {
        let scratch = try Scratch()
        let url = scratch.url("fingerprint.inputs")
        let fingerprint = InputFingerprint(
            value: 42, briefingCount: 3, fileCount: 9, baseURL: "https://example.org/",
            warnings: ["content/a.txt:2: warning: “Zoë” – left out", "", "content/b.txt:1: warning: x"])
        #expect(fingerprint.save(to: url))
        #expect(InputFingerprint.load(from: url) == fingerprint)
        let none = InputFingerprint(value: 1, briefingCount: 0, fileCount: 0, baseURL: "")
        #expect(none.save(to: url))
        #expect(InputFingerprint.load(from: url) == none)
    }

    @Test func briefCheckReportsItAsAWarning() async throws {
        let site = try HostileSite()
        try site.write("content/budget.txt", Self.losing)
        let result = await SiteChecker(siteDirectory: site.site).check()
        let warnings = result.problems.filter { $0.severity == .warning }.map(\.description)
        #expect(warnings.contains { $0.hasPrefix("content/budget.txt:9: warning: the raw-article cleaner left out 2 paragraphs") }, "\(warnings)")
        #expect(!result.problems.contains { $0.severity == .error && $0.path == "content/budget.txt" })
    }

    @Test func aPastedArticleThatLosesOneQuoteParagraphWarnsAboutIt() async throws {
        let site = try HostileSite()
        try site.write("content/quota.txt", """
            Quota deal rejected

            Norway’s government rejected the fisheries quota deal on Monday after talks in Bergen broke down overnight.

            Leave a comment

            “It is a warning,” said Halvorsen.
            """)
        let result = await SiteChecker(siteDirectory: site.site).check()
        let warnings = result.problems.filter { $0.severity == .warning }.map(\.description)
        #expect(warnings.contains {
            $0.hasPrefix("content/quota.txt:7: warning: the raw-article cleaner left out a paragraph that reads like article text (line 7)")
        }, "\(warnings)")
    }

    @Test func aCleanPasteHasNoWarning() async throws {
        let site = try HostileSite()
        try site.write("content/clean.txt", """
            Coalition collapses

            Germany’s three-party coalition collapsed on Wednesday night after Chancellor Olaf Scholz fired his finance minister.

            Advertisement

            Friedrich Merz, leader of the opposition Christian Democrats, demanded an immediate vote of confidence.

            Related: Scholz fires Lindner

            “There is no reason to wait until January,” Merz said.
            """)
        let result = await site.build()
        #expect(result.status == 0)
        #expect(result.err.isEmpty, "\(result.err)")
    }
}
