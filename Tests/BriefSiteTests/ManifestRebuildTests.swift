import BriefContent
import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// The manifest a rebuild saves lists exactly the files of the new output, each with its identity
/// on disk: when it starts as the last build's (the same number of files) and when the paths
/// changed under an unchanged count (a briefing renamed: one page gone, one new).
@Suite("Output manifest after a rebuild")
struct ManifestRebuildTests {
    static func expectManifestDescribesOutput(_ scratch: Scratch, site: URL, out: String) throws {
        let output = scratch.url(out)
        let manifest = OutputManifest.load(from: OutputManifest.url(in: site.appendingPathComponent(BuildCache.folderName), for: output))
        let files = try scratch.snapshot(out).keys.sorted()
        #expect(manifest.records.keys.map(\.path).sorted() == files)
        for (path, record) in manifest.records {
            #expect(OutputManifest.identity(atPath: output.path + "/" + path.path, key: record.key) == record, "\(path)")
        }
    }

    @Test func theManifestListsTheNewOutputExactly() async throws {
        let (scratch, site, _) = try await IncrementalBuildTests.builtSampleSite()
        let before = try scratch.snapshot("out").count
        try Self.expectManifestDescribesOutput(scratch, site: site, out: "out")
        // An edit: the same paths, the briefing's page and a few site pages written again.
        let (url, text) = try IncrementalBuildTests.firstBriefing(site)
        try (text + "\nAn added sentence.\n").write(to: url, atomically: false, encoding: .utf8)
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        try Self.expectManifestDescribesOutput(scratch, site: site, out: "out")
        // A rename: one page gone and another made, as many files as before.
        let renamed = url.deletingLastPathComponent().appendingPathComponent("renamed-" + url.lastPathComponent)
        try FileManager.default.moveItem(at: url, to: renamed)
        try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(try scratch.snapshot("out").count == before)
        try Self.expectManifestDescribesOutput(scratch, site: site, out: "out")
        // The next build finds nothing to do, and the output is a clean build's.
        let again = try await IncrementalBuildTests.build(scratch, site: site, out: "out")
        #expect(again.fileCount == before)
        try Self.expectManifestDescribesOutput(scratch, site: site, out: "out")
        try await IncrementalCorrectnessTests.expectEqualsCleanBuild(scratch, site: site, out: "out")
    }
}
