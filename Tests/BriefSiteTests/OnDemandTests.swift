import Foundation
import Testing
@testable import BriefSite

/// `OnDemand` and `Background`: a value made once, read any number of times, then at most
/// handed over once; asking a spent holder stops the process instead of misbehaving quietly.
@Suite("OnDemand and Background")
struct OnDemandTests {
    /// Counts calls from any thread.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func next() -> Int { lock.withLock { count += 1; return count } }
        var value: Int { lock.withLock { count } }
    }

    @Test func aValueOnDemandIsMadeOnceByTheFirstToAsk() async {
        let made = Counter()
        let holder = OnDemand { [made.next()] }
        #expect(made.value == 0)
        await withTaskGroup(of: [Int].self) { group in
            for _ in 0..<8 { group.addTask { holder.value } }
            for await value in group { #expect(value == [1]) }
        }
        #expect(made.value == 1)
        #expect(holder.take() == [1])
        #expect(made.value == 1)
    }

    @Test func takeMakesAValueNoOneAskedFor() {
        let made = Counter()
        let holder = OnDemand { "made \(made.next())" }
        #expect(holder.take() == "made 1")
        #expect(made.value == 1)
    }

    @Test func aBackgroundValueIsWaitedForThenTaken() {
        let holder = Background { (0..<1_000).reduce(0, +) }
        #expect(holder.wait() == 499_500)
        #expect(holder.wait() == 499_500)
        #expect(holder.take() == 499_500)
    }

    @Test func askingAnOnDemandValueAfterTakeStopsTheProcess() async {
        await #expect(processExitsWith: .failure) {
            let holder = OnDemand { [1, 2, 3] }
            _ = holder.take()
            _ = holder.value
        }
        await #expect(processExitsWith: .failure) {
            let holder = OnDemand { [1, 2, 3] }
            _ = holder.take()
            _ = holder.take()
        }
    }

    @Test func waitingForABackgroundValueAfterTakeStopsTheProcess() async {
        await #expect(processExitsWith: .failure) {
            let holder = Background { [1, 2, 3] }
            _ = holder.take()
            _ = holder.wait()
        }
        await #expect(processExitsWith: .failure) {
            let holder = Background { [1, 2, 3] }
            _ = holder.take()
            _ = holder.take()
        }
    }
}
