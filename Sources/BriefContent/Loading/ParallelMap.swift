import Dispatch

/// `map` over all cores for synchronous work, results in input order.
enum ParallelMap {
    /// Runs `transform` on every element on `DispatchQueue.concurrentPerform` threads, in chunks
    /// so that small items do not pay for scheduling one by one.
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let chunk = max(1, min(64, items.count / 16))
        let chunks = (items.count + chunk - 1) / chunk
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let output = results
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            // Each iteration writes its own slots only.
            for item in (index * chunk)..<min(items.count, (index + 1) * chunk) { output[item] = transform(items[item]) }
        }
        // Moved out, not copied: a copy would leave every result retained by the freed buffer.
        return results.indices.map { results[$0].take()! }
    }
}
