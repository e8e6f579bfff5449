import Foundation

/// The phases of a build, in order, as reported to a `BuildObserver`.
public enum BuildStage: String, Sendable, CaseIterable {
    /// brief.yml, content, front matter, theme.
    case load
    /// Every briefing parsed, annotated and rendered, with its page.
    case render
    /// Site pages made from summaries (index, ...).
    case pages
    /// The output written and swapped in.
    case write
}

/// Watches a build's progress: stage timings and briefings rendered so far.
///
/// `briefingsRendered` is called from the rendering tasks, concurrently: observers must be
/// thread-safe (hence `Sendable`), and may see `done` values slightly out of order.
public protocol BuildObserver: Sendable {
    /// `stage` finished after `duration`. A failed build reports only the stages it finished.
    func stageFinished(_ stage: BuildStage, duration: Duration)
    /// `done` of `total` briefings are rendered; called after each one.
    func briefingsRendered(_ done: Int, of total: Int)
}

extension BuildObserver {
    public func stageFinished(_ stage: BuildStage, duration: Duration) {}
    public func briefingsRendered(_ done: Int, of total: Int) {}
}

/// A thread-safe count of finished briefings, for progress reports.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// Adds one and returns the new count.
    func increment() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}
