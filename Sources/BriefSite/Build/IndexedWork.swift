import Foundation

/// Per-item work over all cores with a fixed number of workers pulling indices, so only as many
/// items are in flight as there are workers (a task per item would keep every task's frame and
/// captured input alive at once: the build's memory peak).
enum IndexedWork {
    /// How many workers run at once.
    static var workerCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `0..<count` cut into consecutive ranges, in order (the last ones may be empty): `chunks`
    /// of them, or by default two per worker of at least `minimum` items each (one range below
    /// that). For synchronous work spread with `DispatchQueue.concurrentPerform`, a range each.
    static func chunks(of count: Int, minimum: Int, chunks: Int? = nil) -> [Range<Int>] {
        let chunkCount = max(1, chunks ?? min(workerCount * 2, count / minimum))
        let size = (count + chunkCount - 1) / chunkCount
        return (0..<chunkCount).map { min(count, $0 * size)..<min(count, ($0 + 1) * size) }
    }

    /// Takes every item out of `items` (left empty; each item is released once `transform`
    /// returns) and returns the results in input order.
    static func map<T: Sendable, R: Sendable>(
        taking items: inout [T], _ transform: @escaping @Sendable (Int, T) -> R
    ) async -> [R] {
        await map(taking: &items, perWorker: {}) { _, index, item in transform(index, item) }
    }

    /// `map(taking:_:)` with a state each worker makes for itself (`makeState`, once per
    /// worker) and hands to every call it makes: a memo that must not be shared, say.
    static func map<T: Sendable, R: Sendable, State>(
        taking items: inout [T], perWorker makeState: @escaping @Sendable () -> State,
        _ transform: @escaping @Sendable (inout State, Int, T) -> R
    ) async -> [R] {
        let count = items.count
        let inputs = Slots<T>(taking: &items)
        let outputs = Slots<R>(count: count)
        await forEach(count: count, perWorker: makeState) { state, index in
            outputs.put(index, transform(&state, index, inputs.take(index)))
        }
        return outputs.collect()
    }

    /// Calls `body` once for every index in `0..<count`, from `workerCount` tasks.
    static func forEach(count: Int, _ body: @escaping @Sendable (Int) -> Void) async {
        await forEach(count: count, perWorker: {}) { _, index in body(index) }
    }

    /// `forEach(count:_:)` with a state each worker makes for itself and passes to `body`.
    static func forEach<State>(
        count: Int, perWorker makeState: @escaping @Sendable () -> State, _ body: @escaping @Sendable (inout State, Int) -> Void
    ) async {
        let next = IndexCounter()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<min(workerCount, count) {
                group.addTask {
                    var state = makeState()
                    while true {
                        let index = next.take()
                        if index >= count { break }
                        body(&state, index)
                    }
                }
            }
        }
    }
}

/// The next index to work on, shared by the workers.
final class IndexCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    /// The next index (each one is returned once).
    func take() -> Int {
        lock.lock()
        defer { lock.unlock() }
        next += 1
        return next - 1
    }
}

/// A fixed array of optional values that workers fill or empty, each at its own indices only.
final class Slots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    /// Slots holding `items`, which is left empty (so each item goes once taken).
    init(taking items: inout [T]) {
        buffer = .allocate(capacity: items.count)
        // Moved, not copied: `popLast` hands each item over without a retain of its fields.
        var index = items.count
        while let item = items.popLast() {
            index -= 1
            (buffer.baseAddress! + index).initialize(to: item)
        }
        // `popLast` keeps the array's storage: let it go too.
        items = []
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    /// Stores `value` at `index` (only one worker touches an index).
    func put(_ index: Int, _ value: T) { buffer[index] = value }

    /// Moves the value at `index` out, leaving the slot empty.
    func take(_ index: Int) -> T {
        buffer[index].take()!
    }

    /// Every value, in order, moved out (all slots must be full).
    func collect() -> [T] {
        var result: [T] = []
        result.reserveCapacity(buffer.count)
        for index in buffer.indices { result.append(take(index)) }
        return result
    }
}
