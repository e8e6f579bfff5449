import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// What a user puts in the output folder after a build (a deploy repo's `.git`, a `CNAME`)
/// survives every later build, changed or not; one the build would overwrite stops it.
@Suite("User files in the output")
struct UserFilesInOutputTests {
    private func builtSite() async throws -> HostileSite {
        let site = try HostileSite()
        try site.write("content/one.md", "---\ntitle: One\ndate: 2025-01-01\n---\nMinisters met in Brussels.\n")
        #expect(await site.build().status == 0)
        return site
    }

    private func addUserFiles(to output: URL) throws {
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".git/objects/ab"), withIntermediateDirectories: true)
        try Data("ref: refs/heads/main\n".utf8).write(to: output.appendingPathComponent(".git/HEAD"))
        try Data("blob".utf8).write(to: output.appendingPathComponent(".git/objects/ab/cdef"))
        try Data("example.org\n".utf8).write(to: output.appendingPathComponent("CNAME"))
    }

    private func expectUserFiles(in output: URL) {
        #expect((try? String(contentsOf: output.appendingPathComponent(".git/HEAD"), encoding: .utf8)) == "ref: refs/heads/main\n")
        #expect((try? String(contentsOf: output.appendingPathComponent(".git/objects/ab/cdef"), encoding: .utf8)) == "blob")
        #expect((try? String(contentsOf: output.appendingPathComponent("CNAME"), encoding: .utf8)) == "example.org\n")
    }

    @Test func aChangedRebuildKeepsTheUsersFilesInPublic() async throws {
        let site = try await builtSite()
        let output = site.site.appendingPathComponent("public")
        try addUserFiles(to: output)
        #expect(await site.build().status == 0)
        expectUserFiles(in: output)
        // Changed twice: the second build reuses the first's replaced tree as scratch.
        for text in ["Ministers met again.", "A third text."] {
            try site.write("content/one.md", "---\ntitle: One\ndate: 2025-01-01\n---\n\(text)\n")
            #expect(await site.build().status == 0)
            expectUserFiles(in: output)
            #expect(try String(contentsOf: output.appendingPathComponent("briefings/one/index.html"), encoding: .utf8).contains(text))
        }
        // Nothing set aside is left beside the output, and the manifest does not list them.
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.site.path)
        #expect(!beside.contains { $0.contains(".brief-keep-") })
        #expect(try site.leftovers().isEmpty)
    }

    @Test func aChangedRebuildKeepsTheUsersFilesInAnOutputFolder() async throws {
        let site = try HostileSite()
        try site.write("content/one.md", "---\ntitle: One\ndate: 2025-01-01\n---\nFirst.\n")
        #expect(await site.build(output: "out").status == 0)
        let output = site.scratch.url("out")
        try addUserFiles(to: output)
        try site.write("content/one.md", "---\ntitle: One\ndate: 2025-01-01\n---\nSecond.\n")
        #expect(await site.build(output: "out").status == 0)
        expectUserFiles(in: output)
    }

    @Test func aUserEntryTheBuildWouldNowWriteStopsIt() async throws {
        let site = try await builtSite()
        let output = site.site.appendingPathComponent("public")
        // The user's own sitemap.xml, made while the site had no `base_url` (so no sitemap);
        // then the site gets one, and the build would write its sitemap there.
        try Data("<urlset/>".utf8).write(to: output.appendingPathComponent("sitemap.xml"))
        let before = try site.output()
        try site.write("brief.yml", "title: Hostile\nbase_url: https://example.org/\n")
        let result = await site.build()
        #expect(result.status == 1)
        #expect(result.err.contains { $0.contains("public/sitemap.xml") && $0.contains("brief did not write this") })
        #expect(try site.output() == before)
        #expect(try site.leftovers().isEmpty)
    }

    /// Without the cache's manifest, brief's own old files cannot be told from the user's: only
    /// hidden entries are kept, so a stale sitemap.xml and a file removed from static/ go, and a
    /// later build that writes sitemap.xml again is not stopped.
    @Test func withoutTheManifestOnlyHiddenEntriesAreKept() async throws {
        let site = try HostileSite()
        try site.write("brief.yml", "title: Hostile\nbase_url: https://example.org/\n")
        try site.write("content/one.md", "---\ntitle: One\ndate: 2025-01-01\n---\nFirst.\n")
        try site.write("static/draft-notes.txt", "private\n")
        #expect(await site.build().status == 0)
        let output = site.site.appendingPathComponent("public")
        try addUserFiles(to: output)
        try FileManager.default.removeItem(at: site.site.appendingPathComponent(".brief-cache"))
        try FileManager.default.removeItem(at: site.site.appendingPathComponent("static/draft-notes.txt"))
        try site.write("brief.yml", "title: Hostile\n")
        #expect(await site.build().status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(names.contains(".git"))
        #expect(!names.contains("draft-notes.txt"), "a file removed from static/ is not kept as the user's")
        #expect(!names.contains("sitemap.xml"), "nor the sitemap of the base_url the site no longer has")
        try site.write("brief.yml", "title: Hostile\nbase_url: https://example.org/\n")
        #expect(await site.build().status == 0, "writing sitemap.xml again is not taken for replacing the user's")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".git/HEAD").path))
    }

    @Test func entriesSetAsideByAKilledBuildArePutBack() throws {
        let scratch = try Scratch()
        let destination = scratch.url("public")
        try scratch.write("public/index.html", "page")
        let output = AtomicOutput(destination: destination)
        try addUserFiles(to: destination)
        let keep = try #require(try output.setAside([".git", "CNAME"]))
        #expect(!FileManager.default.fileExists(atPath: destination.appendingPathComponent("CNAME").path))
        // The build dies here; the next one cleans up first.
        try output.cleanUpInterruptedBuilds()
        expectUserFiles(in: destination)
        #expect(!FileManager.default.fileExists(atPath: keep.path))
    }
}
