/// The development server's view of the latest build: a version that goes up after every build
/// attempt (good or failed), the error of the latest one, and whether a good site exists.
public struct BuildStatus: Sendable, Equatable, Codable {
    /// 0 before the first build finished; then 1, 2, ... one per build attempt.
    public var version: Int
    /// The latest attempt's problems, one per line; nil when it succeeded.
    public var error: String?
    /// True once any build succeeded: the last good site is then being served.
    public var hasSite: Bool

    public init(version: Int = 0, error: String? = nil, hasSite: Bool = false) {
        self.version = version
        self.error = error
        self.hasSite = hasSite
    }
}

/// Shared between the rebuild loop (writer) and request handlers (readers, long polls).
actor BuildState {
    private(set) var status = BuildStatus()
    /// The `base_url` of the site served (the last good build's), which its 404 page's links start from.
    private(set) var baseURL = ""
    /// How many long polls are waiting in `waitForChange` now (tests wait for one to begin).
    private(set) var waitingPolls = 0

    func recordSuccess(baseURL: String) {
        status = BuildStatus(version: status.version + 1, error: nil, hasSite: true)
        self.baseURL = baseURL
    }

    func recordFailure(_ error: String) {
        status = BuildStatus(version: status.version + 1, error: error, hasSite: status.hasSite)
    }

    /// Returns as soon as the version differs from `version`, or after `timeout` with the current
    /// status. Checks every 50 ms: bounded, and cancellation ends it early.
    func waitForChange(from version: Int, timeout: Duration) async -> BuildStatus {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        waitingPolls += 1
        defer { waitingPolls -= 1 }
        while status.version == version, clock.now < deadline, !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(50))
        }
        return status
    }
}
