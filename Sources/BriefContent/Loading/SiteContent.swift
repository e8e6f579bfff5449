/// A site as read from disk: its settings and its briefings, latest first.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    /// Published briefings (drafts only when asked for), latest first.
    public var briefings: [Briefing]
    /// The notes in content/entities/, in path order.
    public var entityNotes: [EntityNote]
    /// Warnings about files that loaded (``ContentInspection/warnings``).
    public var warnings: [Diagnostic] = []

    public init(config: SiteConfig, briefings: [Briefing], entityNotes: [EntityNote] = [], warnings: [Diagnostic] = []) {
        self.config = config
        self.briefings = briefings
        self.entityNotes = entityNotes
        self.warnings = warnings
    }
}
