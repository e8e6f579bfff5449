import Foundation

/// How `brief serve` runs: which site, where it listens, where it builds.
public struct ServeOptions: Sendable {
    /// The site folder (with brief.yml).
    public var siteDirectory: URL
    /// The address to bind; loopback unless the user asks otherwise.
    public var host: String
    /// The port; 0 picks a free one (see `DevServer.start()`'s result).
    public var port: UInt16
    public var includeDrafts: Bool
    /// Where builds go; nil means a fresh temporary folder, removed on stop. Never `public/`.
    public var outputDirectory: URL?
    /// How often the sources are polled for changes.
    public var pollInterval: Duration
    /// The longest a `/__brief/poll` request is held open.
    public var longPollTimeout: Duration

    public init(
        siteDirectory: URL, host: String = "127.0.0.1", port: UInt16 = 8000, includeDrafts: Bool = false,
        outputDirectory: URL? = nil, pollInterval: Duration = .milliseconds(300), longPollTimeout: Duration = .seconds(25)
    ) {
        self.siteDirectory = siteDirectory
        self.host = host
        self.port = port
        self.includeDrafts = includeDrafts
        self.outputDirectory = outputDirectory
        self.pollInterval = pollInterval
        self.longPollTimeout = longPollTimeout
    }
}
