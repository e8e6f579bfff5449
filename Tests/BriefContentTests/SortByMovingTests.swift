import Foundation
import Testing
@testable import BriefContent

@Suite("Sorting by moving")
struct SortByMovingTests {
    @Test func permuteMovesEveryElementWhereTheOrderSays() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 2, 3, 17, 500] {
            let items = (0..<size).map { "item \($0)" }
            let order = Array(items.indices).shuffled(using: &generator)
            var moved = items
            moved.permute(into: order)
            #expect(moved == order.map { items[$0] })
        }
    }

    /// The briefings' order in place is the stable sort by `Briefing.latestFirst`: with repeated
    /// dates, titles and slugs, undated briefings, and two dates of one instant in different
    /// time zones, on two days (the later day first).
    @Test func latestFirstOrderIsTheStableSortByLatestFirst() throws {
        var generator = SystemRandomNumberGenerator()
        let dates = ["2025-03-01", "2025-03-02", "2025-03-03T01:00:00Z", "2025-03-02T23:00:00-02:00", nil].map { $0.flatMap { PublicationDate(parsing: $0) } }
        let sameInstant = try #require(dates[2]).instant == (try #require(dates[3])).instant
        #expect(sameInstant && dates[2] != dates[3])
        for size in [0, 1, 2, 3, 40, 400] {
            let briefings = (0..<size).map { index in
                Briefing(
                    path: "content/\(index).md", format: .markdown, slug: "s\(Int.random(in: 0..<3, using: &generator))",
                    title: "T\(Int.random(in: 0..<3, using: &generator))", date: dates.randomElement(using: &generator)!,
                    body: BriefingBody("body \(index)"))
            }
            let order = briefings.withUnsafeBufferPointer(Briefing.latestFirstOrder)
            let expected = briefings.sorted(by: Briefing.latestFirst)
            #expect(order.map { briefings[$0].path } == expected.map(\.path))
        }
    }

    /// One instant written on two days is ordered by its day, so a title cannot send one of its
    /// two briefings before a third that the other follows (a cycle a sort may resolve any way).
    @Test func oneInstantOnTwoDaysIsOrderedByItsDay() throws {
        let later = try #require(PublicationDate(parsing: "2025-03-03T01:00:00Z"))
        let earlier = try #require(PublicationDate(parsing: "2025-03-02T23:00:00-02:00"))
        func briefing(_ title: String, _ date: PublicationDate) -> Briefing {
            Briefing(path: "content/\(title).md", format: .markdown, slug: title, title: title, date: date, body: BriefingBody(""))
        }
        let a = briefing("b", later), b = briefing("z", earlier), c = briefing("a", later)
        for input in [[a, b, c], [b, c, a], [c, a, b], [b, a, c]] {
            let order = input.withUnsafeBufferPointer(Briefing.latestFirstOrder).map { input[$0].title }
            #expect(order == ["a", "b", "z"])
        }
    }
}
