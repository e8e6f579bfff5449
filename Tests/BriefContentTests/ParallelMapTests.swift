import Testing
@testable import BriefContent

/// `ParallelMap` hands its results over: once the caller lets them go, nothing else holds them
/// (it once freed its buffer without releasing what was in it, so every loaded briefing's text
/// stayed in memory for the life of the process, and `brief serve` kept each rebuild's).
@Suite("Parallel map")
struct ParallelMapTests {
    final class Tracked: Sendable {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    final class Observed: @unchecked Sendable {
        weak var object: Tracked?
        init(_ object: Tracked) { self.object = object }
    }

    @Test("results come back in input order")
    func order() {
        let items = Array(0..<1_000)
        #expect(ParallelMap.map(items) { $0 * 3 } == items.map { $0 * 3 })
    }

    @Test("results are released once the caller drops them")
    func resultsReleased() {
        var observed: [Observed] = []
        do {
            let results = ParallelMap.map(Array(0..<500)) { Tracked($0) }
            #expect(results.map(\.value) == Array(0..<500))
            observed = results.map(Observed.init)
        }
        #expect(observed.allSatisfy { $0.object == nil })
    }
}
