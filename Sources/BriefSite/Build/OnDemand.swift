import Foundation

/// A value made the first time it is asked for, by whichever thread asks first (the others
/// wait for it): for what a build needs only in some cases, such as the parsed-briefings memo,
/// which a build that finds nothing changed never reads.
final class OnDemand<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Value?
    private var make: (() -> Value)?

    init(_ make: @escaping () -> Value) {
        self.make = make
    }

    /// The value, made now if it was not yet.
    var value: Value {
        lock.withLock {
            if let made { return made }
            let value = make!()
            made = value
            make = nil
            return value
        }
    }

    /// The value (made now if it was not yet), handed over: this holder lets go of it.
    func take() -> Value {
        let value = self.value
        lock.withLock { made = nil }
        return value
    }
}
