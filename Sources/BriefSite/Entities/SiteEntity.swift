import BriefAnnotate
import BriefContent

/// One entity of the whole site, after merging what every briefing found: one id, one page.
public struct SiteEntity: Sendable, Hashable {
    /// The id and page folder (`sergei-lavrov`).
    public var id: String
    public var name: String
    public var type: EntityType
    /// Other names: the note's aliases, then other names seen in briefings.
    public var aliases: [String]
    /// The curated note, when content/entities/ has one.
    public var note: EntityNote?
    /// Where the links in the note's body lead on this entity's page, by destination as written
    /// (`../b.md`, `entity:lech-walesa`), as in a briefing (`EntityNoteLinks`); "" makes the link
    /// text only (an `entity:` link to no page). Destinations not here are kept as written.
    public var noteLinks: [String: String] = [:]
    /// Mentions across all briefings.
    public var mentionCount: Int
    /// Briefings that mention it.
    public var briefingCount: Int

    public init(id: String, name: String, type: EntityType, aliases: [String] = [], note: EntityNote? = nil, mentionCount: Int = 0, briefingCount: Int = 0) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.note = note
        self.mentionCount = mentionCount
        self.briefingCount = briefingCount
    }

    /// `entities/ID/index.html`.
    public var path: String { EntityID.path(of: id) }
}
