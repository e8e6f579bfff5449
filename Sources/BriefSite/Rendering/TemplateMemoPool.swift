import BriefTemplate
import Foundation

/// Template memos for parallel page rendering: a task takes one for a page and gives it back,
/// so a memo is used by one task at a time and every worker keeps a warm one.
final class TemplateMemoPool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [TemplateMemo] = []

    /// Calls `body` with a memo no other task is using.
    func with<R>(_ body: (TemplateMemo) -> R) -> R {
        let memo = lock.withLock { free.popLast() } ?? TemplateMemo()
        defer { lock.withLock { free.append(memo) } }
        return body(memo)
    }
}
