import Foundation

/// What a one-shot build keeps alive until the process exits, instead of freeing it on return:
/// freeing ten thousand summaries, cache rows and manifest records one by one takes longer than
/// the exit that makes it moot (the reason compilers skip freeing at exit, like clang's
/// `-disable-free`). Only for a process that exits after the build (`brief build`); a long-lived
/// one (`brief serve`) frees as usual.
enum LeftForExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ value: Any) {
        lock.withLock { kept.append(value) }
    }
}
