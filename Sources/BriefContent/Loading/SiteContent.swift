/// A site as read from disk: its settings and its briefings, latest first.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    /// Published briefings (drafts only when asked for), latest first.
    public var briefings: [Briefing]

    public init(config: SiteConfig, briefings: [Briefing]) {
        self.config = config
        self.briefings = briefings
    }
}
