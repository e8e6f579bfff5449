import Foundation

/// A value made the first time it is asked for, by whichever thread asks first (the others
/// wait for it): for what a build needs only in some cases, such as the parsed-briefings memo,
/// which a build that finds nothing changed never reads.
///
/// Not `Background`, which starts making its value on another thread at once: a value made on
/// demand costs nothing when no one asks, and is made on the asker's thread.
///
/// Contract: `value` as often as wanted, then at most one `take()`, after which the holder is
/// spent: asking it again stops the process with a message, rather than making the value a
/// second time or handing out one that a taker may be changing.
final class OnDemand<Value>: @unchecked Sendable {
    private enum State {
        case waiting(make: () -> Value)
        case made(Value)
        case taken
    }

    private let lock = NSLock()
    private var state: State

    init(_ make: @escaping () -> Value) {
        state = .waiting(make: make)
    }

    /// The value, made now if it was not yet. Not after `take()`.
    var value: Value {
        lock.withLock { madeValue(asking: "value") }
    }

    /// The value (made now if it was not yet), handed over: this holder lets go of it, so the
    /// caller holds the only reference. Once, and no `value` after it.
    func take() -> Value {
        lock.withLock {
            let value = madeValue(asking: "take()")
            state = .taken
            return value
        }
    }

    /// The value, made if it was not yet (under `lock`).
    private func madeValue(asking what: String) -> Value {
        switch state {
        case .made(let value):
            return value
        case .waiting(let make):
            // The closure is let go with the state: it may hold what it made the value from.
            let value = make()
            state = .made(value)
            return value
        case .taken:
            preconditionFailure("OnDemand.\(what) after take(): the value was handed over and this holder is spent")
        }
    }
}
