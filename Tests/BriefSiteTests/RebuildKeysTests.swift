import BriefAnnotate
import BriefContent
import Foundation
import BriefTestSupport
import Testing
@testable import BriefSite

/// The shortcuts a one-file-edit rebuild takes for the 9,999 briefings it does not render: keys
/// kept in the cache rows and the parsed-briefings memo instead of hashing every summary and
/// briefing again, and resolved summaries that are the cached ones when the merge changes nothing.
@Suite("Rebuild keys taken from the cache")
struct RebuildKeysTests {
    static func summary(_ slug: String, entities: [EntityCount], quotes: [QuoteSummary] = []) -> BriefingSummary {
        let briefing = Briefing(path: "content/\(slug).md", format: .markdown, slug: slug, title: slug.uppercased(), markdown: "Text.")
        var summary = BriefingSummary(briefing: briefing, summary: "About \(slug).")
        summary.entities = entities
        summary.quotes = quotes
        summary.wordCount = 40
        return summary
    }

    /// A row keeps its summary's card and detail keys; they come back from the bytes and make
    /// the summary's full hash.
    @Test func aRowKeepsItsSummarysKeys() throws {
        let summary = Self.summary("a", entities: [EntityCount(id: "kyiv", name: "Kyiv", type: .place, count: 2)],
                                   quotes: [QuoteSummary(number: 1, text: "We will stay.", kind: .full, speakerID: "kyiv", speaker: "Kyiv")])
        let briefing = Briefing(path: "content/a.md", format: .markdown, slug: "a", title: "A", markdown: "Text.")
        let entry = CachedBriefing(AnnotatedBriefing(briefing: briefing, annotation: Annotation(), summary: summary))
        #expect(entry.cardKey == CacheKeys.cardKey(summary))
        #expect(entry.detailKey == CacheKeys.detailKey(summary))
        #expect(CacheKeys.hash(card: entry.cardKey, detail: entry.detailKey) == CacheKeys.hash(summary))
        var writer = ByteWriter()
        entry.encode(into: &writer)
        var reader = ByteReader(writer.bytes)
        let decoded = try CachedBriefing(from: &reader)
        #expect(decoded.cardKey == entry.cardKey)
        #expect(decoded.detailKey == entry.detailKey)
        // Each part of the summary moves its own key.
        var retitled = summary
        retitled.title = "Another title"
        #expect(CacheKeys.cardKey(retitled) != entry.cardKey)
        #expect(CacheKeys.detailKey(retitled) == entry.detailKey)
        var recounted = summary
        recounted.wordCount += 1
        #expect(CacheKeys.cardKey(recounted) == entry.cardKey)
        #expect(CacheKeys.detailKey(recounted) != entry.detailKey)
    }

    /// A summary whose entities and speakers the merge keeps as they are comes back as the very
    /// summary (the build then takes its keys from the cache); one the merge changes does not.
    @Test func aSummaryTheMergeKeepsIsAnUnchangedCopy() {
        let kept = Self.summary("a", entities: [EntityCount(id: "kyiv", name: "Kyiv", type: .place, count: 2)],
                                quotes: [QuoteSummary(number: 1, text: "Stay.", kind: .full, speakerID: "kyiv", speaker: "Kyiv")])
        let renamed = Self.summary("b", entities: [EntityCount(id: "putin", name: "Putin", type: .person, count: 1)],
                                   quotes: [QuoteSummary(number: 1, text: "No.", kind: .full, speakerID: "putin", speaker: "Putin")])
        let full = Self.summary("c", entities: [EntityCount(id: "vladimir-putin", name: "Vladimir Putin", type: .person, count: 3)])
        let summaries = [kept, renamed, full]
        let merge = SiteEntities(summaries: summaries, notes: [])
        let first = merge.resolved(kept, at: 0)
        #expect(first.isUnchangedCopy(of: kept))
        #expect(first == kept)
        // "putin" joins "vladimir-putin": entities and the quote's speaker change.
        let second = merge.resolved(renamed, at: 1)
        #expect(!second.isUnchangedCopy(of: renamed))
        #expect(second.entities.map(\.id) == ["vladimir-putin"])
        #expect(second.quotes.map(\.speakerID) == ["vladimir-putin"])
        #expect(second.quotes.map(\.speaker) == ["Vladimir Putin"])
        // Only a speaker to resolve (the entities stay): still not the cached summary.
        let speakerOnly = Self.summary("d", entities: [EntityCount(id: "kyiv", name: "Kyiv", type: .place, count: 1)],
                                       quotes: [QuoteSummary(number: 1, text: "Yes.", kind: .full, speakerID: "putin", speaker: "Putin")])
        let withSpeaker = SiteEntities(summaries: summaries + [speakerOnly], notes: [])
        let fourth = withSpeaker.resolved(speakerOnly, at: 3)
        #expect(!fourth.isUnchangedCopy(of: speakerOnly))
        #expect(fourth.entities == speakerOnly.entities)
        #expect(fourth.quotes.map(\.speakerID) == ["vladimir-putin"])
        // A summary without quotes or entities to change, resolved by hashing (no index).
        #expect(merge.resolved(kept).quotes == kept.quotes)
    }

    /// The parsed-briefings memo tells, per path, the entry each briefing came from: the same
    /// bytes give the same key, other bytes another one, and the cache keys follow it.
    @Test func briefingsAreKeyedByTheBytesTheyWereParsedFrom() throws {
        let scratch = try Scratch()
        let folder = scratch.url("cache")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let briefing = Briefing(path: "content/a.md", format: .markdown, slug: "a", title: "A", markdown: "Paris spoke.")
        let first = Array("---\ntitle: A\n---\nParis spoke.\n".utf8)
        let edited = Array("---\ntitle: A\n---\nParis spoke twice.\n".utf8)
        func sourceKey(_ bytes: [UInt8]) -> UInt64? {
            let memo = ParsedBriefings(folder: folder)
            #expect(memo.sourceKeys().isEmpty)
            bytes.withUnsafeBytes { memo.remember(briefing, path: briefing.path, bytes: $0) }
            return memo.sourceKeys()[PathKey(briefing.path)]
        }
        let a = try #require(sourceKey(first))
        #expect(sourceKey(first) == a)
        let b = try #require(sourceKey(edited))
        #expect(a != b)
        // A memo hit names the same entry as the briefing it was stored as.
        let memo = ParsedBriefings(folder: folder)
        first.withUnsafeBytes { memo.remember(briefing, path: briefing.path, bytes: $0) }
        _ = memo.save()
        let reread = ParsedBriefings(folder: folder)
        #expect(first.withUnsafeBytes { reread.briefing(path: briefing.path, bytes: $0) } == briefing)
        #expect(reread.sourceKeys() == [PathKey(briefing.path): a])

        let theme = try Theme.load(siteDirectory: scratch.root)
        let registry = EntityRegistry(notes: [])
        func keys(_ sources: [PathKey: UInt64]) -> CacheKeys {
            CacheKeys(config: SiteConfig(), registry: RegistryDependence(registry), theme: theme, includeDrafts: false, sources: sources)
        }
        let bySource = keys([PathKey(briefing.path): a]).key(for: briefing)
        #expect(bySource == keys([PathKey(briefing.path): a]).key(for: briefing))
        #expect(bySource != keys([PathKey(briefing.path): b]).key(for: briefing))
        // Without a source (a briefing made another way), every field is hashed.
        let byFields = keys([:]).key(for: briefing)
        #expect(byFields != bySource)
        var other = briefing
        other.title = "B"
        #expect(keys([:]).key(for: other) != byFields)
    }

    /// Told the content hash of the bytes (the loader, for bytes the input hashing read), the
    /// memo stores and finds the entry it would by hashing the bytes itself.
    @Test func aToldContentHashKeysAsTheBytesDo() throws {
        let scratch = try Scratch()
        let folder = scratch.url("cache")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let briefing = Briefing(path: "content/a.md", format: .markdown, slug: "a", title: "A", markdown: "Paris spoke.")
        let bytes = Array("---\ntitle: A\n---\nParis spoke.\n".utf8)
        let hash = bytes.withUnsafeBytes { InputWalk.contentHash($0) }
        let byBytes = ParsedBriefings(folder: folder)
        bytes.withUnsafeBytes { byBytes.remember(briefing, path: briefing.path, bytes: $0) }
        let told = ParsedBriefings(folder: folder)
        bytes.withUnsafeBytes { told.remember(briefing, path: briefing.path, bytes: $0, contentHash: hash) }
        #expect(told.sourceKeys() == byBytes.sourceKeys())
        _ = told.save()
        let reread = ParsedBriefings(folder: folder)
        #expect(bytes.withUnsafeBytes { reread.briefing(path: briefing.path, bytes: $0) } == briefing)
        #expect(bytes.withUnsafeBytes { reread.briefing(path: briefing.path, bytes: $0, contentHash: hash) } == briefing)
        // A hash told is believed: another one finds nothing.
        #expect(bytes.withUnsafeBytes { reread.briefing(path: briefing.path, bytes: $0, contentHash: hash ^ 1) } == nil)
    }

    /// A body key found by the ids' places in the merge equals the one found by hashing each id,
    /// for every summary, also when the place given is another summary's (then it hashes).
    @Test func bodyKeysByPlaceEqualBodyKeysByID() throws {
        let summaries = [
            Self.summary("a", entities: [EntityCount(id: "kyiv", name: "Kyiv", type: .place, count: 2),
                                         EntityCount(id: "putin", name: "Putin", type: .person, count: 1)]),
            Self.summary("b", entities: [EntityCount(id: "vladimir-putin", name: "Vladimir Putin", type: .person, count: 3),
                                         EntityCount(id: "Not A Slug", name: "Not A Slug", type: .other, count: 1)]),
        ]
        let merge = SiteEntities(summaries: summaries, notes: [])
        let memo = ResolutionMemo(merge)
        let scratch = try Scratch()
        let keys = CacheKeys(config: SiteConfig(), registry: RegistryDependence(EntityRegistry(notes: [])), theme: try Theme.load(siteDirectory: scratch.root), includeDrafts: false)
        for (index, summary) in summaries.enumerated() {
            // Entity ids, then one that is no entity of the summary (a speaker or link).
            let ids = summary.entities.map(\.id) + ["kyiv-mayor"]
            let positions = Array(summary.entities.indices) + [-1]
            let byID = keys.bodyKey(7, entityIDs: ids, resolutions: memo)
            #expect(keys.bodyKey(7, entityIDs: ids, positions: positions, summaryIndex: index, resolutions: memo) == byID)
            #expect(keys.bodyKey(7, entityIDs: ids, positions: positions, summaryIndex: 1 - index, resolutions: memo) == byID)
            #expect(keys.bodyKey(7, entityIDs: ids, positions: positions, summaryIndex: 5, resolutions: memo) == byID)
        }
        // Resolution is in the key: "putin" resolves to "vladimir-putin", "kyiv" to itself.
        #expect(memo.hash(of: "putin", entry: 1, inSummary: 0) == memo.hash(of: "vladimir-putin"))
        #expect(memo.hash(of: "kyiv", entry: 0, inSummary: 0) != memo.hash(of: "vladimir-putin"))
    }

    /// A body's key depends on the briefings of the build only through the files its own links
    /// name: another briefing added, removed or renamed leaves it as it was; the linked file's
    /// briefing coming, going or taking another slug changes it.
    @Test func aBodysKeyFollowsOnlyTheFilesItLinksTo() throws {
        let scratch = try Scratch()
        let keys = CacheKeys(config: SiteConfig(), registry: RegistryDependence(EntityRegistry(notes: [])), theme: try Theme.load(siteDirectory: scratch.root), includeDrafts: false)
        let memo = ResolutionMemo(SiteEntities(summaries: [], notes: []))
        func briefing(_ path: String, _ slug: String) -> Briefing {
            Briefing(path: path, format: .markdown, slug: slug, title: slug, markdown: "Text.")
        }
        let linker = briefing("content/news/linker.md", "linker")
        let target = briefing("content/world/target.md", "target")
        let other = briefing("content/news/other.md", "other")
        let paths = LinkResolver.briefingPaths(linkedFrom: ["../world/target.md#part"], from: linker.path)
        #expect(paths == ["content/world/target.md"])
        func key(_ briefings: [Briefing], linked: [String] = paths) -> UInt64 {
            keys.bodyKey(7, entityIDs: [], resolutions: memo, linkedPaths: linked, links: LinkResolver(briefings: briefings))
        }
        let base = key([linker, target])
        #expect(key([linker, target, other]) == base)
        #expect(key([target, linker]) == base)
        var renamedOther = other
        renamedOther.slug = "elsewhere"
        #expect(key([linker, target, renamedOther]) == base)
        #expect(key([linker]) != base)
        var moved = target
        moved.slug = "moved"
        #expect(key([linker, moved]) != base)
        // A body that links to no briefing's file depends on none.
        #expect(key([linker], linked: []) == key([linker, target, other], linked: []))
    }

    /// The files a body's links name: relative to the linking file's folder or, from `/`, to
    /// content/; each once, by bytes; never a web, entity, anchor or static link, nor a path that
    /// leaves the site.
    @Test func theFilesABodysLinksName() {
        let destinations = [
            "https://example.org/a.md", "entity:kyiv", "#top", "b.md#part", "../world/c.md?x=1", "/world/d.markdown",
            "b.md", "../../../../x.md", "../../static/files/notes.txt", "photo.png", "caf%C3%A9.md", "cafe\u{301}.md",
        ]
        #expect(LinkResolver.briefingPaths(linkedFrom: destinations, from: "content/news/a.md") == [
            "content/news/b.md", "content/world/c.md", "content/world/d.markdown", "content/news/café.md", "content/news/cafe\u{301}.md",
        ])
    }

    /// The check at the end of a build hashes the inputs without listing each file's hash: the
    /// same hash and table, no per-file dictionary.
    @Test func theSecondHashingListsNoFiles() throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("site/content/a.md", "---\ntitle: A\n---\nText.\n")
        try scratch.write("site/content/b/c.md", "---\ntitle: C\n---\nMore.\n")
        let site = scratch.url("site")
        let listed = InputFingerprint.hashWithFiles(siteDirectory: site, includeDrafts: false)
        let unlisted = InputFingerprint.hashWithFiles(siteDirectory: site, includeDrafts: false, known: listed.hashes, listingFiles: false)
        #expect(listed.files.keys.map(\.path).sorted() == ["brief.yml", "content/a.md", "content/b/c.md"])
        #expect(unlisted.files.isEmpty)
        #expect(unlisted.value == listed.value)
        #expect(unlisted.hashes.entries.count == listed.hashes.entries.count)
        #expect(InputFingerprint.hash(siteDirectory: site, includeDrafts: false) == listed.value)
        try scratch.write("site/content/a.md", "---\ntitle: A\n---\nText, edited.\n")
        #expect(InputFingerprint.hashWithFiles(siteDirectory: site, includeDrafts: false, known: listed.hashes, listingFiles: false).value != listed.value)
    }
}
