import BriefAnnotate

/// One entity as seen in one briefing: how often, under which name and type.
public struct EntityCount: Sendable, Hashable {
    /// The entity's id (per briefing before the site-wide merge, site-wide after it).
    public var id: String
    public var name: String
    public var type: EntityType
    /// Mentions in the briefing.
    public var count: Int
    /// A role or title seen with the name ("Russian Foreign Minister").
    public var role: String?

    public init(id: String, name: String, type: EntityType, count: Int, role: String? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.count = count
        self.role = role
    }
}

extension EntityCount {
    /// How many entities a list may have to be searched for an id by string value, one by one
    /// (`String.isSameValue`: the annotator's mentions and cache entries carry its entities' very
    /// strings), rather than through a table: most briefings have a few dozen.
    static let scannedListLimit = 64
}
