import Testing
@testable import BriefContent

@Suite("Sorting by moving")
struct SortByMovingTests {
    @Test func sameOrderAsTheStableSortWithManyTies() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 2, 3, 17, 500] {
            // Pairs (key, original position): keys repeat, so stability shows.
            let items = (0..<size).map { (key: Int.random(in: 0..<8, using: &generator), id: "item \($0)") }
            var moved = items
            moved.sortByMoving(key: \.key) { $0 < $1 }
            let expected = items.sorted { $0.key < $1.key }
            #expect(moved.map(\.id) == expected.map(\.id))
        }
    }
}
