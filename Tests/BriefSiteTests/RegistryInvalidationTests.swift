import BriefAnnotate
import BriefContent
import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// A note in content/entities/ annotates again only the briefings whose words touch its names
/// (`RegistryDependence`), and the output stays that of a clean build.
@Suite("Entity notes re-annotate only the briefings they can change")
struct RegistryInvalidationTests {
    /// Three briefings, and twenty that no note names (so rows appended for the three never
    /// make half the rows file dead, which would have it written anew, one row per briefing).
    static let briefings = [
        "kiev": "Officials in Kiev said the talks would go on. “We will stay,” said Anna Berg.",
        "paris": "Ministers met in Paris on Tuesday. Share this story.",
        "rome": "The summit in Rome ended without a deal, Jean Martin said.",
    ].merging((1...20).map { ("filler-\($0)", "Officials met on day \($0) to discuss trade, the ministry said.") }) { $1 }

    /// How many rows the cache's rows file holds for each briefing (a row is appended each time
    /// a briefing is annotated again; keys do not depend on the registry).
    static func rowCounts(_ site: URL) throws -> [String: Int] {
        // Keyed as the build keys them: by the bytes each was parsed from (`ParsedBriefings`).
        let memo = ParsedBriefings(folder: site.appendingPathComponent(BuildCache.folderName))
        var loader = ContentLoader(siteDirectory: site)
        loader.memo = memo
        let loaded = try loader.load()
        let keys = CacheKeys(
            config: loaded.config, registry: RegistryDependence(EntityRegistry(notes: loaded.entityNotes)), theme: try Theme.load(siteDirectory: site),
            includeDrafts: false, sources: memo.sourceKeys())
        let rows = IncrementalBuildTests.keys(in: try Data(contentsOf: site.appendingPathComponent(BuildCache.folderName + "/" + BuildCache.fileName)))
        var counts: [String: Int] = [:]
        for briefing in loaded.briefings {
            let count = rows.count { $0 == keys.key(for: briefing) }
            // The fillers as one: each annotated once.
            if briefing.slug.hasPrefix("filler-") { counts["fillers", default: 0] += count == 1 ? 0 : 1 } else { counts[briefing.slug] = count }
        }
        return counts
    }

    static func expectRows(_ site: URL, _ expected: [String: Int], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let counts = try rowCounts(site)
        #expect(counts == expected, sourceLocation: sourceLocation)
    }

    /// `out` equals a clean build of a copy of the site (this site's cache stays as it is).
    static func expectEqualsCleanBuild(_ scratch: Scratch, site: URL) async throws {
        let copy = scratch.url("site-copy")
        try? FileManager.default.removeItem(at: copy)
        try? FileManager.default.removeItem(at: scratch.url("clean"))
        try FileManager.default.copyItem(at: site, to: copy)
        try FileManager.default.removeItem(at: copy.appendingPathComponent(BuildCache.folderName))
        try await IncrementalBuildTests.build(scratch, site: copy, out: "clean")
        #expect(try scratch.snapshot("out") == scratch.snapshot("clean"))
    }

    @Test func aNoteAnnotatesAgainOnlyTheBriefingsThatUseItsNames() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: Notes\n")
        for (slug, text) in Self.briefings { try scratch.write("site/content/\(slug).md", "---\ntitle: \(slug)\ndate: 2025-01-01\n---\n\(text)\n") }
        let site = scratch.url("site")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try Self.expectRows(site, ["kiev": 1, "paris": 1, "rome": 1, "fillers": 0])

        // A note with an alias found in one briefing: that one only (a new first word: every
        // briefing's words are read again, none annotated again).
        try scratch.write("site/content/entities/kyiv.md", "---\nname: Kyiv\ntype: place\naliases: [Kiev]\n---\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try Self.expectRows(site, ["kiev": 2, "paris": 1, "rome": 1, "fillers": 0])
        #expect(try scratch.read("out/briefings/kiev/index.html").contains("entities/kyiv/index.html"))
        try await Self.expectEqualsCleanBuild(scratch, site: site)

        // The same names, another type (the groups' table is used): the same briefing.
        try scratch.write("site/content/entities/kyiv.md", "---\nname: Kyiv\ntype: org\naliases: [Kiev]\n---\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try Self.expectRows(site, ["kiev": 3, "paris": 1, "rome": 1, "fillers": 0])

        // A description is no annotation input: nothing annotated again.
        try scratch.write("site/content/entities/kyiv.md", "---\nname: Kyiv\ntype: org\naliases: [Kiev]\ndescription: A city.\n---\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try Self.expectRows(site, ["kiev": 3, "paris": 1, "rome": 1, "fillers": 0])

        // An ignored name: the briefing that has its words.
        try scratch.write("site/content/entities/share.md", "---\nname: Share This\nignore: true\n---\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try Self.expectRows(site, ["kiev": 3, "paris": 2, "rome": 1, "fillers": 0])
        try await Self.expectEqualsCleanBuild(scratch, site: site)

        // The note gone: the briefing it changed is annotated as before it came.
        try FileManager.default.removeItem(at: scratch.url("site/content/entities/kyiv.md"))
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try Self.expectRows(site, ["kiev": 4, "paris": 2, "rome": 1, "fillers": 0])
        #expect(try !scratch.read("out/briefings/kiev/index.html").contains("entities/kyiv/"))
        try await Self.expectEqualsCleanBuild(scratch, site: site)
    }

    /// An alias that makes a mention longer changes no id, count or name the page's key covers:
    /// the page follows the annotation (its key starts from the registry's stamp of its text).
    @Test func anAliasThatLengthensAMentionRendersThePageAgain() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: Notes\n")
        try scratch.write("site/content/k1.md", "---\ntitle: K1\ndate: 2024-03-01\n---\nPresident Joe Biden met officials in Paris. “We will act,” Joe Biden said.\n")
        try scratch.write("site/content/entities/joe-biden.md", "---\nname: Joe Biden\ntype: person\n---\n")
        let site = scratch.url("site")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        for aliases in ["\naliases: [President Joe Biden]", ""] {
            try scratch.write("site/content/entities/joe-biden.md", "---\nname: Joe Biden\ntype: person\(aliases)\n---\n")
            try await IncrementalBuildTests.build(scratch, site: site, out: "out")
            try await Self.expectEqualsCleanBuild(scratch, site: site)
        }
    }

    /// An ignored name in lower case drops the candidate "J. Smith" (compared case-folded).
    @Test func aLowerCaseIgnoredNameDropsItsCandidate() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: Notes\n")
        try scratch.write("site/content/a.md", "---\ntitle: A\ndate: 2024-03-01\n---\nOfficials met J. Smith in Paris. Smith later spoke to the press. “We will act,” Smith said.\n")
        try scratch.write("site/content/entities/placeholder.md", "---\nname: Placeholder\ntype: person\n---\n")
        let site = scratch.url("site")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try scratch.write("site/content/entities/placeholder.md", "---\nname: Placeholder\naliases: [j. smith]\nignore: true\n---\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try await Self.expectEqualsCleanBuild(scratch, site: site)
    }

    /// A damaged table of groups is not trusted: the build reads the briefings' words again.
    @Test func aDamagedGroupsTableIsReadAgainFromTheTexts() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: Notes\n")
        for (slug, text) in Self.briefings { try scratch.write("site/content/\(slug).md", "---\ntitle: \(slug)\ndate: 2025-01-01\n---\n\(text)\n") }
        try scratch.write("site/content/entities/kyiv.md", "---\nname: Kyiv\ntype: place\naliases: [Kiev]\n---\n")
        let site = scratch.url("site")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        let table = site.appendingPathComponent(BuildCache.folderName + "/" + RegistryGroups.fileName)
        var bytes = [UInt8](try Data(contentsOf: table))
        bytes[bytes.count / 2] ^= 0x5A
        try Data(bytes).write(to: table)
        try scratch.write("site/content/entities/kyiv.md", "---\nname: Kyiv\ntype: org\naliases: [Kiev]\n---\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try Self.expectRows(site, ["kiev": 2, "paris": 1, "rome": 1, "fillers": 0])
        try await Self.expectEqualsCleanBuild(scratch, site: site)
    }
}
