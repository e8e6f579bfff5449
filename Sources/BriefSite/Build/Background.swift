import Dispatch

/// A value made on a background thread from the moment this is made, for synchronous code that
/// has other work to do first (a folder walk, the spare tree's listing): `wait()` blocks only
/// for what is left of it. `Task` would need the caller to be async at the point of waiting.
///
/// Not `OnDemand`, which makes its value only when asked, on the asker's thread.
///
/// Contract: `wait()` as often as wanted, or one `take()` instead, after which the holder is
/// spent: asking it again stops the process with a message rather than waiting forever.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written once by the background thread before `finished` is signalled; nil again after `take()`.
    private var value: Value?

    init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            value = make()
            finished.signal()
        }
    }

    /// The value, once made (waits for it). Not after `take()`.
    func wait() -> Value {
        waitUntilMade()
        guard let value else { preconditionFailure("Background.wait() after take(): the value was handed over") }
        return value
    }

    /// The value, once made, handed over: the caller holds the only reference, so a table it
    /// then changes is not copied first. Called once, by one caller, instead of `wait()`.
    func take() -> Value {
        waitUntilMade()
        guard let taken = value else { preconditionFailure("Background.take() twice: the value was handed over") }
        value = nil
        return taken
    }

    private func waitUntilMade() {
        finished.wait()
        // Signalled again so a second caller does not wait forever.
        finished.signal()
    }
}
