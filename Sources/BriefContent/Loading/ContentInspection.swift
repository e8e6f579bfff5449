/// What `ContentLoader.inspect()` found: the site as far as it loads, and every problem.
public struct ContentInspection: Sendable {
    /// Settings from brief.yml (defaults where it has problems).
    public var config: SiteConfig
    /// Briefings that loaded, latest first (drafts only when asked for), even when others did not.
    public var briefings: [Briefing]
    /// Drafts left out because drafts were not asked for: links to them lead nowhere.
    public var leftOutDrafts: [Briefing]
    /// The notes in content/entities/ that loaded, in path order.
    public var entityNotes: [EntityNote]
    /// Every problem, in path and line order; empty means `load()` succeeds.
    public var diagnostics: [Diagnostic]
    /// What loaded but may not be what the author meant (a raw article that lost text), in path order.
    public var warnings: [Diagnostic]

    public init(
        config: SiteConfig, briefings: [Briefing], leftOutDrafts: [Briefing] = [], entityNotes: [EntityNote] = [],
        diagnostics: [Diagnostic] = [], warnings: [Diagnostic] = []
    ) {
        self.config = config
        self.briefings = briefings
        self.leftOutDrafts = leftOutDrafts
        self.entityNotes = entityNotes
        self.diagnostics = diagnostics
        self.warnings = warnings
    }
}
