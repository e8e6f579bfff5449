import BriefAnnotate

/// One entity in a list (a briefing's panel, the entities index, "seen with"): `{{name}}`,
/// `{{href}}`, `{{typeClass}}`, `{{typeLabel}}`, `{{count}}`.
public struct EntityLinkView: Sendable, Hashable {
    public var id: String
    public var name: String
    /// Relative link to the entity's page from the current page.
    public var href: String
    /// `person`, `place`, `org`, `group`, `other` (CSS class suffix).
    public var typeClass: String
    /// `Person`, `Place`, `Organisation`, `Group`, `Other`.
    public var typeLabel: String
    /// Mentions (or briefings in common, for "seen with").
    public var count: Int

    public init(id: String, name: String, type: EntityType, count: Int, from context: PageContext) {
        self.init(id: id, name: name, type: type, count: count, root: context.root)
    }

    /// The view as linked from a page whose way back to the site root is `root`.
    init(id: String, name: String, type: EntityType, count: Int, root: String) {
        self.id = id
        self.name = name
        href = EntityID.link(to: id, from: root)
        typeClass = AnnotationWeaver.typeClass(type)
        typeLabel = type.label
        self.count = count
    }
}

extension EntityType {
    /// One of this type, for people: `Person`, `Organisation`.
    public var label: String {
        switch self {
        case .person: "Person"
        case .place: "Place"
        case .org: "Organisation"
        case .group: "Group"
        case .other: "Other"
        }
    }

    /// Many of this type: `People`, `Organisations`.
    public var pluralLabel: String {
        switch self {
        case .person: "People"
        case .place: "Places"
        case .org: "Organisations"
        case .group: "Groups"
        case .other: "Other"
        }
    }
}
