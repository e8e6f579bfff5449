/// A curated note about one entity: a Markdown file in `content/entities/` with YAML front matter.
///
///     ---
///     name: Kyiv
///     type: place
///     aliases: [Kiev]
///     description: Capital of Ukraine.
///     links: [https://en.wikipedia.org/wiki/Kyiv]
///     ---
///     Optional Markdown shown on the entity's page.
///
/// A note with `ignore: true` corrects a false entity instead: its name and aliases are never
/// reported as entities anywhere on the site (`type` is then not needed).
public struct EntityNote: Sendable, Hashable {
    /// The file, relative to the site (`content/entities/kyiv.md`).
    public var path: String
    /// The canonical name, shown as the page's title.
    public var name: String
    /// The entity's id and page folder: the slug of `name` (`sergei-lavrov`).
    public var id: String
    /// `PERSON`, `PLACE`, `ORG`, `GROUP` or `OTHER`; nil only for `ignore: true` notes.
    public var type: String?
    /// Other names of the same entity (`Kiev`).
    public var aliases: [String]
    public var description: String?
    /// Further reading; `http` and `https` only.
    public var links: [String]
    /// True when the note drops its name and aliases as false entities.
    public var ignore: Bool
    /// The Markdown after the front matter.
    public var body: String

    /// The keys a note's front matter may use.
    public static let knownKeys = ["name", "type", "aliases", "description", "links", "ignore"]

    /// The accepted spellings of each type, lowercased, and the type they stand for.
    public static let typeNames: [String: String] = [
        "person": "PERSON", "people": "PERSON",
        "place": "PLACE", "location": "PLACE",
        "org": "ORG", "organisation": "ORG", "organization": "ORG",
        "group": "GROUP",
        "other": "OTHER",
    ]

    public init(
        path: String, name: String, id: String, type: String?, aliases: [String] = [], description: String? = nil,
        links: [String] = [], ignore: Bool = false, body: String = ""
    ) {
        self.path = path
        self.name = name
        self.id = id
        self.type = type
        self.aliases = aliases
        self.description = description
        self.links = links
        self.ignore = ignore
        self.body = body
    }
}
