import BriefAnnotate
import BriefContent
import BriefTemplate
import Foundation

/// The hashes that decide what a rebuild may reuse. Each key covers exactly the inputs of what
/// it guards, so a change invalidates only what depends on it:
/// - a briefing's key: the cache format, the brief executable (`ProgramIdentity`), the Markdown
///   options and every field of the briefing as loaded; the entity registry (content/entities/)
///   is checked apart, by the groups of its names the briefing's words touch (`registryStamp`);
/// - a body's key: the briefing's key, how the site-wide merge resolves its entity ids, and where
///   its links to other briefings' files lead (their slugs, `LinkResolver.addLinkTargets`):
///   adding or removing a briefing renders again only the bodies that link to its file;
/// - a page's key: the body's key, the resolved summary, brief.yml and the templates it is made
///   with (`pages(using:)`: its own and those it includes or extends, so an edit of
///   `entity.mustache` renders no briefing page again).
struct CacheKeys: Sendable {
    /// Annotation settings: format version, program, Markdown options (not the registry).
    let settings: UInt64
    /// The entity registry's names grouped by first word (`RegistryDependence`), with a hash of
    /// each group's entries and ignored names.
    let registry: RegistryDependence
    private let registryGroupHashes: [UInt64]
    /// A hash of the registry's first words: the groups a text touches are the same under any
    /// registry of the same first words (`RegistryGroups`).
    let registryWords: UInt64
    /// Annotation settings, brief.yml and `--drafts`: what every page depends on besides its
    /// templates.
    let site: UInt64
    /// By template name: its source and those of every template it includes or extends, and
    /// theirs (`Template.referencedNames`); a name no template has counts as missing.
    private let templateClosures: [String: UInt64]
    /// `pages(using:)` of the briefing template, asked for every briefing.
    private let briefingPages: UInt64
    /// Path -> the key of the bytes the briefing there was parsed from (`ParsedBriefings.sourceKeys`).
    let sources: [PathKey: UInt64]

    /// `registry`: the annotator's own grouping (`BriefingRenderer.registryDependence`), so the
    /// group numbers briefings are found to touch are the ones stamped here.
    init(
        config: SiteConfig, registry dependence: RegistryDependence, theme: Theme, includeDrafts: Bool, sources: [PathKey: UInt64] = [:]
    ) {
        self.sources = sources
        var settings = FNV64()
        settings.add(BuildCache.formatVersion)
        settings.add(ProgramIdentity.hash)
        settings.add(config.unsafeHTML ? 1 : 0)
        self.settings = settings.value
        registry = dependence
        registryGroupHashes = dependence.members.map { members in
            var hasher = FNV64()
            hasher.add(members.known.count)
            for index in members.known {
                let known = dependence.registry.known[index]
                hasher.add(known.name)
                hasher.add(known.type.rawValue)
                hasher.add(known.id)
                hasher.add(known.aliases.count)
                for alias in known.aliases { hasher.add(alias) }
            }
            hasher.add(members.ignored.count)
            for name in members.ignored { hasher.add(name) }
            return hasher.value
        }
        var words = FNV64()
        words.add(dependence.firstWords.count)
        for word in dependence.firstWords { words.add(word) }
        registryWords = words.value
        var site = FNV64()
        site.add(settings.value)
        // SiteConfig's fields, whatever they are now (String(reflecting:) lists every stored property).
        site.add(String(reflecting: config))
        site.add(includeDrafts ? 1 : 0)
        self.site = site.value
        templateClosures = Self.closures(of: theme.templates)
        briefingPages = Self.pages(site: site.value, using: [BriefingPage.templateName], closures: templateClosures)
    }

    /// The key of pages made with the templates `names` (each with what it includes or extends)
    /// and the site's settings; with none, of files no template makes (feeds, data files).
    func pages(using names: [String]) -> UInt64 {
        Self.pages(site: site, using: names, closures: templateClosures)
    }

    private static func pages(site: UInt64, using names: [String], closures templateClosures: [String: UInt64]) -> UInt64 {
        var hasher = FNV64()
        hasher.add(site)
        hasher.add(names.count)
        for name in names {
            hasher.add(name)
            hasher.add(templateClosures[name] ?? Self.missingTemplate)
        }
        return hasher.value
    }

    private static let missingTemplate: UInt64 = 0x4E0_7E3A

    /// `templateClosures` of `templates` (sources by name). A template that does not parse
    /// stands for itself alone: the build stops on it (`PageRenderer`).
    static func closures(of templates: [String: String]) -> [String: UInt64] {
        var references: [String: Set<String>] = [:]
        for (name, source) in templates { references[name] = (try? Template(source))?.referencedNames ?? [] }
        var closures: [String: UInt64] = [:]
        for name in templates.keys {
            var hasher = FNV64()
            for reachedName in Theme.templatesReached(from: name, through: references).sorted() {
                hasher.add(reachedName)
                if let source = templates[reachedName] { hasher.add(source) } else { hasher.add(missingTemplate) }
            }
            closures[name] = hasher.value
        }
        return closures
    }

    /// The briefing's key: settings and every field of the briefing. A briefing parsed from
    /// bytes the parsed-briefings memo knows is keyed by those bytes' key instead (`sources`): the
    /// same briefing every time, without hashing its 2 KB body again (the memo checked it).
    func key(for briefing: Briefing) -> UInt64 {
        var hasher = FNV64()
        hasher.add(settings)
        if let source = sources[PathKey(briefing.path)] {
            hasher.add(UInt64(0x5012CE))
            hasher.add(source)
            return hasher.value
        }
        hasher.add(briefing.path)
        hasher.add(briefing.format == .markdown ? 1 : 2)
        hasher.add(briefing.slug)
        hasher.add(briefing.title)
        hasher.add(day: briefing.date)
        hasher.add(briefing.date.map { String($0.instant.timeIntervalSince1970) })
        hasher.add(briefing.tags.count)
        for tag in briefing.tags { hasher.add(tag) }
        hasher.add(briefing.source)
        hasher.add(briefing.url)
        hasher.add(briefing.summary)
        hasher.add(briefing.byline)
        hasher.add(briefing.dateline)
        hasher.add(briefing.draft ? 1 : 0)
        // As `hasher.add(briefing.markdown)` would, without making a string of a stored body.
        briefing.body.withUTF8 { hasher.add(text: $0) }
        return hasher.value
    }

    /// What a briefing's annotation takes from the registry: the entries and ignored names of the
    /// groups its words touch (`groups`, from `RegistryDependence.groups(in:)`). An annotation
    /// stays good while this stays the same. 0 for no group: such a text depends on no note.
    func registryStamp(groups: [Int32]) -> UInt64 {
        guard !groups.isEmpty else { return 0 }
        var hasher = FNV64()
        hasher.add(groups.count)
        for group in groups {
            // Only from a damaged table: a stamp no annotation has, so the briefing is annotated again.
            guard group >= 0, Int(group) < registryGroupHashes.count else { return 0xBAD_5A3B }
            hasher.add(registry.firstWords[Int(group)])
            hasher.add(registryGroupHashes[Int(group)])
        }
        return hasher.value
    }

    /// What a briefing's annotation is made from: the briefing (its key) and what the registry
    /// gives its text (`registryStamp`; 0, nothing, leaves the key as it is). The body's key
    /// starts from it: a note that moves where a mention starts (an alias "President Joe Biden"
    /// for "Joe Biden") changes the annotation, not an id or how one resolves.
    static func annotationKey(_ briefingKey: UInt64, registryStamp: UInt64) -> UInt64 {
        guard registryStamp != 0 else { return briefingKey }
        var hasher = FNV64()
        hasher.add(briefingKey)
        hasher.add(registryStamp)
        return hasher.value
    }

    /// The body's key: the annotation's key (`annotationKey`), how every entity id the weaver uses
    /// (`CachedBriefing.entityIDs`) resolves site-wide, and where the body's links to the files
    /// `linkedPaths` (`CachedBriefing.linkedBriefingPaths`) lead through `links`.
    func bodyKey(
        _ briefingKey: UInt64, entityIDs ids: [String], resolutions: ResolutionMemo, linkedPaths: [String] = [], links: LinkResolver? = nil
    ) -> UInt64 {
        bodyKey(briefingKey, entityIDs: ids, positions: [], summaryIndex: -1, resolutions: resolutions, linkedPaths: linkedPaths, links: links)
    }

    /// `bodyKey(_:entityIDs:resolutions:)` for the entry of the summary at `summaryIndex` among
    /// those the merge was made from, with `positions` (`CachedBriefing.entityIDPositions`): an
    /// id that is one of the summary's entities is resolved by its place in the merge.
    func bodyKey(
        _ briefingKey: UInt64, entityIDs ids: [String], positions: [Int], summaryIndex: Int, resolutions: ResolutionMemo,
        linkedPaths: [String] = [], links: LinkResolver? = nil
    ) -> UInt64 {
        var hasher = FNV64()
        hasher.add(briefingKey)
        // Without a resolver links are left as written: nothing to depend on.
        if let links { links.addLinkTargets(ofPaths: linkedPaths, to: &hasher) }
        // Which ids appear where is in the annotation, which the briefing's key covers: what is
        // left is how each distinct id resolves site-wide (resolved once per build, not per mention).
        hasher.add(ids.count)
        let byPosition = positions.count == ids.count
        for (index, id) in ids.enumerated() {
            hasher.add(id)
            if byPosition, positions[index] >= 0 {
                hasher.add(resolutions.hash(of: id, entry: positions[index], inSummary: summaryIndex))
            } else {
                hasher.add(resolutions.hash(of: id))
            }
        }
        return hasher.value
    }

    /// A briefing page's key: its body, its resolved summary (`hash(_:)`), its templates and settings.
    func pageKey(body: UInt64, summary: UInt64) -> UInt64 {
        var hasher = FNV64()
        hasher.add(briefingPages)
        hasher.add(body)
        hasher.add(summary)
        return hasher.value
    }

    /// A briefing's search entry's key: its body and its resolved summary (`hash(_:)`), not the templates.
    static func searchKey(body: UInt64, summary: UInt64) -> UInt64 {
        var hasher = FNV64()
        hasher.add(UInt64(0x5EA4C4))
        hasher.add(body)
        hasher.add(summary)
        return hasher.value
    }

    /// The hash of every field of a summary.
    static func hash(_ summary: BriefingSummary) -> UInt64 {
        hash(card: cardKey(summary), detail: detailKey(summary))
    }

    /// `hash(_:)` of a summary from its `cardKey` and `detailKey`.
    static func hash(card: UInt64, detail: UInt64) -> UInt64 {
        var hasher = FNV64()
        hasher.add(card)
        hasher.add(detail)
        return hasher.value
    }

    /// The hash of what a summary holds beyond its card: word count, entities and quotes.
    static func detailKey(_ summary: BriefingSummary) -> UInt64 {
        var hasher = FNV64()
        addBeyondCard(summary, to: &hasher)
        return hasher.value
    }

    /// The fields of a summary that its card does not show.
    private static func addBeyondCard(_ summary: BriefingSummary, to hasher: inout FNV64) {
        hasher.add(summary.wordCount)
        hasher.add(summary.entities.count)
        for entity in summary.entities {
            hasher.add(entity.id)
            hasher.add(entity.name)
            hasher.add(entity.type.rawValue)
            hasher.add(entity.count)
            hasher.add(entity.role)
        }
        hasher.add(summary.quotes.count)
        for quote in summary.quotes { add(quote, to: &hasher) }
    }

    /// `add(quote, to:)` of a hasher of its own.
    static func quoteKey(_ quote: QuoteSummary) -> UInt64 {
        var hasher = FNV64()
        add(quote, to: &hasher)
        return hasher.value
    }

    /// Every field of a quote of a summary.
    static func add(_ quote: QuoteSummary, to hasher: inout FNV64) {
        hasher.add(quote.number)
        hasher.add(quote.text)
        hasher.add(quote.kind.rawValue)
        hasher.add(quote.speakerID)
        hasher.add(quote.speaker)
    }

    /// The hash of what a briefing card shows (`addCard`): worked out once per briefing
    /// (`BuildSession.Rendered.cardKey`) for the summary's key and every page that lists cards.
    static func cardKey(_ summary: BriefingSummary) -> UInt64 {
        var hasher = FNV64()
        addCard(summary, to: &hasher)
        return hasher.value
    }

    /// What a briefing card shows (index, tag and entity pages list cards).
    static func addCard(_ summary: BriefingSummary, to hasher: inout FNV64) {
        hasher.add(summary.slug)
        hasher.add(summary.title)
        hasher.add(day: summary.date)
        hasher.add(summary.tags.count)
        for tag in summary.tags { hasher.add(tag) }
        hasher.add(summary.source)
        hasher.add(summary.url)
        hasher.add(summary.summary)
        hasher.add(summary.path)
    }

    /// Every field of a site-wide entity (its note, when it has one, included whole).
    static func add(_ entity: SiteEntity, to hasher: inout FNV64) {
        hasher.add(entity.id)
        hasher.add(entity.name)
        hasher.add(entity.type.rawValue)
        hasher.add(entity.aliases.count)
        for alias in entity.aliases { hasher.add(alias) }
        // Notes are few: their description covers every field, including ones added later.
        hasher.add(entity.note.map { String(reflecting: $0) })
        // Where the note's links lead depends on other briefings' slugs and entities.
        hasher.add(entity.noteLinks.count)
        for (destination, href) in entity.noteLinks.sorted(by: { $0.key < $1.key }) {
            hasher.add(destination)
            hasher.add(href)
        }
        hasher.add(entity.mentionCount)
        hasher.add(entity.briefingCount)
    }
}
