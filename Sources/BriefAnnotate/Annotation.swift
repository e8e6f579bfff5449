/// The kinds of named entity brief recognises.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person = "PERSON"
    case place = "PLACE"
    case org = "ORG"
    /// Nationalities and other groups of people: "Russian", "European".
    case group = "GROUP"
    case other = "OTHER"
}

/// A distinct entity of one document: every mention of it carries its `id`.
public struct Entity: Sendable, Hashable, Codable {
    /// Stable identifier derived from the canonical name ("sergei-lavrov").
    public var id: String
    /// The canonical, fullest name seen ("Sergei Lavrov").
    public var name: String
    public var type: EntityType
    /// A role or title seen with the name ("Russian Foreign Minister").
    public var role: String?

    public init(id: String, name: String, type: EntityType, role: String? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.role = role
    }
}

/// One mention of an entity in the text. Ranges are UTF-8 byte offsets, end exclusive.
public struct EntityMention: Sendable, Hashable, Codable {
    public var range: Range<Int>
    public var entityID: String
    public var type: EntityType

    public init(range: Range<Int>, entityID: String, type: EntityType) {
        self.range = range
        self.entityID = entityID
        self.type = type
    }
}

/// How a quote is set in the text.
public enum QuoteKind: String, Sendable, Hashable, Codable {
    /// A whole utterance in quotation marks, or introduced by a colon.
    case full
    /// A few quoted words inside the reporter's own sentence.
    case partial
    /// A quote introduced and closed by dashes, as in European news.
    case dash
}

/// One direct quote. `range` covers the quoted words without the quotation marks
/// (UTF-8 byte offsets, end exclusive).
public struct Quote: Sendable, Hashable, Codable {
    public var range: Range<Int>
    public var kind: QuoteKind
    /// The speech verb or phrase tying the quote to its speaker ("said", "according to").
    public var cue: String?
    /// The entity that said it, when known.
    public var speakerID: String?
    /// The speaker's canonical name ("Sergei Lavrov"), when known.
    public var speaker: String?

    public init(range: Range<Int>, kind: QuoteKind, cue: String? = nil, speakerID: String? = nil, speaker: String? = nil) {
        self.range = range
        self.kind = kind
        self.cue = cue
        self.speakerID = speakerID
        self.speaker = speaker
    }
}

/// Everything the annotator found in one text.
public struct Annotation: Sendable, Hashable, Codable {
    /// Sorted by start, never overlapping.
    public var mentions: [EntityMention]
    /// Sorted by start, never overlapping.
    public var quotes: [Quote]
    /// The distinct entities the mentions refer to, in order of first mention.
    public var entities: [Entity]

    public init(mentions: [EntityMention] = [], quotes: [Quote] = [], entities: [Entity] = []) {
        self.mentions = mentions
        self.quotes = quotes
        self.entities = entities
    }
}

/// An entity known in advance, from content/entities/ notes: it wins over the extractor.
public struct KnownEntity: Sendable, Hashable, Codable {
    public var name: String
    public var type: EntityType
    /// Other names of the same entity ("Kiev" for "Kyiv").
    public var aliases: [String]
    /// The id to use; derived from `name` when nil.
    public var id: String?

    public init(name: String, type: EntityType, aliases: [String] = [], id: String? = nil) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.id = id
    }
}

/// Known entities and names to ignore, handed to the annotator.
public struct EntityRegistry: Sendable, Hashable, Codable {
    public var known: [KnownEntity]
    /// Names that must never be reported as entities (false positives corrected by a note).
    public var ignored: Set<String>

    public init(known: [KnownEntity] = [], ignored: Set<String> = []) {
        self.known = known
        self.ignored = ignored
    }
}
