import Foundation

/// For tests: told when a swap is between its two renames (`AtomicOutput.swapKeepingSpare`), the
/// output moved aside and the new tree not yet in: the moment a killed build leaves no output,
/// which the next build must recover from. Keyed by the output's path, as builds of other
/// outputs run at the same time in a test process; nothing is watched in a build by `brief`.
final class SwapProbe: @unchecked Sendable {
    static let shared = SwapProbe()
    private let lock = NSLock()
    private var watchers: [String: @Sendable () -> Void] = [:]

    /// Calls `watcher` between the renames of each swap into `output` (nil: no longer).
    func watch(_ output: URL, _ watcher: (@Sendable () -> Void)?) {
        lock.withLock { watchers[output.standardizedFileURL.path] = watcher }
    }

    /// Called by the swap, between its renames.
    func betweenRenames(of output: URL) {
        let watcher = lock.withLock { watchers.isEmpty ? nil : watchers[output.path] }
        watcher?()
    }
}
