import BriefTestSupport
import BriefContent
import Foundation
import Testing
@testable import BriefSite

/// Pages are written into the temp tree while the build renders, and an unchanged site is
/// recognised by its input fingerprint: neither may weaken the atomic output or let a rebuild
/// differ from a clean build.
@Suite("Streamed output and the input fingerprint")
struct StreamedOutputTests {
    @Test func aBuildFailingAfterPagesWereWrittenLeavesTheOutputUntouched() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        let before = try scratch.snapshot("out")
        // A changed briefing is rendered and written into the temp tree; the static file that
        // would replace a generated page fails the build only after that.
        try scratch.write("site/content/late.md", "---\ntitle: Late\ndate: 2025-01-09\n---\nKyiv spoke.\n")
        try scratch.write("site/static/index.html", "not allowed: the index is generated")
        await #expect(throws: ContentErrors.self) { try await IncrementalBuildTests.build(scratch, site: site, out: "out") }
        #expect(try scratch.snapshot("out") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).filter { $0.contains(".brief-tmp-") }
        #expect(leftovers.isEmpty, "the temp tree of the failed build was removed")
        // Fixed, the next build has the new page, equal to a clean build.
        try FileManager.default.removeItem(at: scratch.url("site/static/index.html"))
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(scratch.exists("out/briefings/late/index.html"))
        try await IncrementalCorrectnessTests.expectEqualsCleanBuild(scratch, site: site, out: "out")
    }

    @Test func anUnchangedSiteIsRecognisedAndReportsTheSameCountsAndBaseURL() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        let first = try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        let cache = site.appendingPathComponent(BuildCache.folderName)
        let saved = try #require(InputFingerprint.load(from: InputFingerprint.url(in: cache, for: scratch.url("out"))))
        #expect(saved.value == InputFingerprint.hash(siteDirectory: site, includeDrafts: false))
        #expect(saved.value != InputFingerprint.hash(siteDirectory: site, includeDrafts: true))
        let again = try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(again.briefingCount == first.briefingCount)
        #expect(again.fileCount == first.fileCount)
        // `brief serve` rewrites the 404 page's links from it.
        #expect(try first.baseURL == SiteConfig(parsing: scratch.read("site/brief.yml")).baseURL)
        #expect(!first.baseURL.isEmpty)
        #expect(again.baseURL == first.baseURL)
    }

    @Test func anEditKeepingSizeAndTimeIsStillSeen() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        try scratch.write("site/content/same.md", "---\ntitle: Alpha words\ndate: 2025-01-02\n---\nFirst.\n")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        let file = scratch.url("site/content/same.md")
        let time = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
        // Same length, same modification time: only the bytes tell.
        try scratch.write("site/content/same.md", "---\ntitle: Omega words\ndate: 2025-01-02\n---\nFirst.\n")
        try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: file.path)
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/briefings/same/index.html").contains("Omega words"))
        try await IncrementalCorrectnessTests.expectEqualsCleanBuild(scratch, site: site, out: "out")
    }

    @Test func aTemplateOrStaticChangeIsNotMistakenForNoChange() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try scratch.write("site/static/extra.txt", "hello")
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/extra.txt") == "hello")
        let layout = try #require(BuiltinTheme.files["layout.mustache"])
        try scratch.write("site/templates/layout.mustache", layout.replacingOccurrences(of: "</body>", with: "<!-- t2 --></body>"))
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/index.html").contains("<!-- t2 -->"))
        // A deleted output file is made again although the inputs did not change.
        try FileManager.default.removeItem(at: scratch.url("out/extra.txt"))
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.read("out/extra.txt") == "hello")
    }
}
