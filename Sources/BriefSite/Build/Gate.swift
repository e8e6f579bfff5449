import Dispatch
import Synchronization

/// A decision made on one thread and waited for on another: whether work started ahead (the
/// spare tree's listing) is wanted after all. Opened once; `wait` returns the decision. Work
/// already under way is withdrawn by `withdraw`, which it asks about as it goes (`isWithdrawn`).
final class Gate: @unchecked Sendable {
    private let opened = DispatchSemaphore(value: 0)
    /// Written once before `opened` is signalled.
    private var proceed = false
    private var isOpen = false
    private let withdrawn = Atomic<Bool>(false)

    /// A gate already open with `proceed`.
    static func open(_ proceed: Bool) -> Gate {
        let gate = Gate()
        gate.open(proceed)
        return gate
    }

    /// Says whether to go on; only the first call counts.
    func open(_ proceed: Bool) {
        guard !isOpen else { return }
        isOpen = true
        self.proceed = proceed
        opened.signal()
    }

    /// Says the work is no longer wanted, also where it has begun: work that asks
    /// `isWithdrawn` stops and makes no result.
    func withdraw() {
        withdrawn.store(true, ordering: .relaxed)
        open(false)
    }

    /// Whether `withdraw` was called.
    var isWithdrawn: Bool { withdrawn.load(ordering: .relaxed) }

    /// The decision, once made (waits for it).
    func wait() -> Bool {
        opened.wait()
        // Signalled again so a second caller does not wait forever.
        opened.signal()
        return proceed
    }
}
