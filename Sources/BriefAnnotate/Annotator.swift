/// Finds entities and quotes in plain text. Deterministic, no I/O.
public struct Annotator: Sendable {
    public let registry: EntityRegistry
    private let recognizer: EntityRecognizer
    private let quoteFinder: QuoteFinder

    public init(registry: EntityRegistry = EntityRegistry()) {
        self.registry = registry
        self.recognizer = EntityRecognizer(registry: registry)
        self.quoteFinder = QuoteFinder()
    }

    /// Makes the tables every annotation reads (the gazetteer's 110,000 names: some 20 ms of one
    /// core), by annotating a sentence that reaches them. They are made once, on first use, and
    /// every other thread that needs them meanwhile waits: a build about to annotate every
    /// briefing calls this on a thread of its own while it loads, so its annotating threads
    /// find them made.
    public static func prepare() {
        _ = Annotator().annotate("“We will act,” said Anna Smith, the mayor of Paris, on Monday.")
    }

    /// Annotates `text`; all ranges in the result are UTF-8 byte offsets into it.
    public func annotate(_ text: String) -> Annotation {
        annotate(utf8: Array(text.utf8))
    }

    public func annotate(utf8 bytes: [UInt8]) -> Annotation {
        annotateCountingMentions(utf8: bytes).annotation
    }

    /// `annotate(utf8:)`, with the number of mentions of each entity (`mentionCounts[e]` for
    /// `annotation.entities[e]`), which the annotator knows without comparing ids: the same
    /// counts as `annotation.mentionCountsByEntity()` (whose ids are all different and every
    /// mention's is an entity's), without hashing a string per mention.
    public func annotateCountingMentions(utf8 bytes: [UInt8]) -> (annotation: Annotation, mentionCounts: [Int]) {
        let found = recognizer.recognize(bytes)
        let quotes = quoteFinder.find(in: bytes, mentions: found.mentions, entities: found.entities)
        return (Annotation(mentions: found.mentions, quotes: quotes, entities: found.entities), found.mentionCounts)
    }
}
