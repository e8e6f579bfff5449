import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// Where the quotes pages cut speaker groups: at the boundaries (a page filled exactly, a
/// speaker cut across pages, one page) and as the built pages show it.
@Suite("Quotes pagination boundaries")
struct QuotesPaginationTests {
    @Test(arguments: [
        // group sizes, page size, pages as (group, first member, end) slices
        // Groups that fill one page exactly: no empty page after it.
        ([2, 3], 5, [[(0, 0, 2), (1, 0, 3)]]),
        // One speaker over exactly two pages.
        ([10], 5, [[(0, 0, 5)], [(0, 5, 10)]]),
        // A page that ends where a group ends: the next group starts the next page, not continued.
        ([5, 1], 5, [[(0, 0, 5)], [(1, 0, 1)]]),
        // A speaker cut after one quote, and one cut across three pages.
        ([4, 6], 5, [[(0, 0, 4), (1, 0, 1)], [(1, 1, 6)]]),
        ([1, 11], 5, [[(0, 0, 1), (1, 0, 4)], [(1, 4, 9)], [(1, 9, 11)]]),
        // One quote to a page.
        ([2, 1], 1, [[(0, 0, 1)], [(0, 1, 2)], [(1, 0, 1)]]),
        // Fewer quotes than a page holds; no pages (size 0) however many.
        ([1, 1, 1], 5, [[(0, 0, 1), (1, 0, 1), (2, 0, 1)]]),
        ([7, 9], 0, [[(0, 0, 7), (1, 0, 9)]]),
    ] as [([Int], Int, [[(Int, Int, Int)]])])
    func pagesCutGroupsOnlyWhereAPageIsFull(sizes: [Int], size: Int, expected: [[(Int, Int, Int)]]) {
        let pages = QuotesPage.pages(groupSizes: sizes, size: size)
        let slices: [[QuotesPage.Slice]] = expected.map { page in
            page.map { (group: Int, start: Int, end: Int) in QuotesPage.Slice(group: group, members: start..<end) }
        }
        #expect(pages == slices)
        // Every quote once, in order, and no page over the size.
        #expect(pages.flatMap { $0 }.flatMap { slice in slice.members.map { (slice.group, $0) } }.map { "\($0.0).\($0.1)" }
            == sizes.enumerated().flatMap { group, count in (0..<count).map { "\(group).\($0)" } })
        if size > 0 { #expect(pages.allSatisfy { $0.reduce(0) { $0 + $1.members.count } <= size }) }
    }

    /// Twenty quotes at ten to a page: two full pages, the second speaker starting page 2 on its
    /// own (not "(continued)"), and no third page.
    @Test func aSpeakerEndingAFullPageLeavesTheNextOneUncontinued() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\npaginate: 1\n")
        var anna = "---\ntitle: Anna\ndate: 2025-03-02\n---\n"
        for n in 1...10 { anna += "“We will act on point \(n),” Anna Kestrel said.\n\n" }
        var boris = "---\ntitle: Boris\ndate: 2025-03-01\n---\n"
        for n in 1...10 { boris += "“Nothing was agreed on item \(n),” Boris Lindqvist said.\n\n" }
        try scratch.write("site/content/anna.md", anna)
        try scratch.write("site/content/boris.md", boris)
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()

        let first = try scratch.read("out/quotes/index.html")
        let second = try scratch.read("out/quotes/page/2/index.html")
        #expect(!scratch.exists("out/quotes/page/3/index.html"))
        let items = { (page: String) in page.components(separatedBy: "<li class=\"quote-item").count - 1 }
        #expect(items(first) == 10 && items(second) == 10)
        #expect(first.contains("Anna Kestrel</a> <span class=\"count\">10</span>") && !first.contains("Boris Lindqvist"))
        #expect(second.contains("Boris Lindqvist</a> <span class=\"count\">10</span>") && !second.contains("Anna Kestrel"))
        #expect(!first.contains("(continued)") && !second.contains("(continued)"))
    }

    /// One speaker's eleven quotes: the eleventh alone on page 2, under the speaker's linked name,
    /// "(continued)", with the whole count.
    @Test func aSpeakerCutAfterAFullPageGoesOnContinued() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\npaginate: 1\n")
        var anna = "---\ntitle: Anna\ndate: 2025-03-02\n---\n"
        for n in 1...11 { anna += "“We will act on point \(n),” Anna Kestrel said.\n\n" }
        try scratch.write("site/content/anna.md", anna)
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()

        let second = try scratch.read("out/quotes/page/2/index.html")
        let items = { (page: String) in page.components(separatedBy: "<li class=\"quote-item").count - 1 }
        #expect(items(second) == 1)
        #expect(second.contains(
            "<a href=\"../../../entities/anna-kestrel/index.html\">Anna Kestrel</a> <span class=\"continued\">(continued)</span> <span class=\"count\">11</span>"),
            "\(second)")
        #expect(!scratch.exists("out/quotes/page/3/index.html"))
    }
}
