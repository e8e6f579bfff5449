import BriefTestSupport
import BriefContent
import Foundation
import Testing
@testable import BriefSite

@Suite("Atomic output")
struct AtomicOutputTests {
    @Test func aFailedBuildLeavesTheEarlierOutputByteForByte() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        let output = scratch.url("out")
        _ = try await SiteBuilder(siteDirectory: site, outputDirectory: output).build()
        let before = try scratch.snapshot("out")
        #expect(before.count > 5)

        try scratch.write("site/content/europe/broken.md", "---\ntitle: Broken\ntags: 5\n---\nText.\n")
        try scratch.write("out.tmp-killed/index.html", "half a site from a killed build")
        await #expect(throws: ContentErrors.self) {
            _ = try await SiteBuilder(siteDirectory: site, outputDirectory: output).build()
        }
        #expect(try scratch.snapshot("out") == before)
        #expect(try Self.leftovers(in: scratch.root).isEmpty)
    }

    @Test func aSuccessfulBuildReplacesTheOutputWhole() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("out/stale.html", "from an older build")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        #expect(!scratch.exists("out/stale.html"))
        #expect(scratch.exists("out/index.html"))
        #expect(try Self.leftovers(in: scratch.root).isEmpty)
    }

    @Test func staleTempFoldersOfKilledBuildsAreRemoved() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        try scratch.write("out.tmp-killed1/index.html", "half a site")
        try scratch.write("out.tmp-killed2/briefings/x/index.html", "half a site")
        try scratch.write("out.old-killed/index.html", "a previous site")
        try scratch.write("out/index.html", "the current site")
        _ = try await SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out")).build()
        #expect(try Self.leftovers(in: scratch.root).isEmpty)
        #expect(try scratch.read("out/index.html").contains("<!DOCTYPE html>"))
    }

    @Test func anOutputOrphanedMidSwapIsPutBack() throws {
        let scratch = try Scratch()
        try scratch.write("out.old-abc/index.html", "the previous site")
        try AtomicOutput(destination: scratch.url("out")).cleanUpInterruptedBuilds()
        #expect(try scratch.read("out/index.html") == "the previous site")
        #expect(try Self.leftovers(in: scratch.root).isEmpty)
    }

    @Test func writesCreateFoldersAndReplaceTheDestination() throws {
        let scratch = try Scratch()
        try scratch.write("deep/out/old.txt", "old")
        let output = AtomicOutput(destination: scratch.url("deep/out"))
        try output.write([OutputFile(path: "a/b/c.html", text: "c"), OutputFile(path: "index.html", text: "i")], staticFiles: [])
        #expect(try scratch.snapshot("deep/out") == ["a/b/c.html": Data("c".utf8), "index.html": Data("i".utf8)])
    }

    static func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") || $0.contains(".old-") }
    }
}
