import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite
#if canImport(Glibc)
import Glibc
#endif

/// The spare tree (the last build's output) may be kept beside the output, in a folder served on
/// the web: its root is the owner's alone while it is a spare, and whatever tree becomes the
/// output gets the mode the output had, so the published site's permissions never change.
@Suite("Spare tree permissions")
struct SparePermissionsTests {
    static func mode(_ url: URL) -> mode_t? { AtomicOutput.permissions(atPath: url.path) }

    /// The mode `mkdir(2)` gives a new folder here (0755 less the umask).
    static func freshMode(in scratch: Scratch) throws -> mode_t {
        let probe = scratch.url("probe-\(UUID().uuidString)")
        #expect(mkdir(probe.path, 0o755) == 0)
        defer { rmdir(probe.path) }
        return try #require(mode(probe))
    }

    @Test func theReplacedOutputBecomesAPrivateSpareAndTheNewTreeTakesTheOutputsMode() throws {
        let scratch = try Scratch()
        try scratch.write("out/index.html", "first")
        #expect(chmod(scratch.url("out").path, 0o751) == 0)
        var output = AtomicOutput(destination: scratch.url("out"))
        output.spare = output.spareBeside

        // A fresh tree (as a build makes one) comes in; the old output becomes the spare.
        try scratch.write(".out.brief-tmp-one/index.html", "second")
        try output.swapKeepingSpare(scratch.url(".out.brief-tmp-one"))
        #expect(try scratch.read("out/index.html") == "second")
        #expect(Self.mode(scratch.url("out")) == 0o751)
        #expect(try scratch.read(".out.brief-spare/index.html") == "first")
        #expect(Self.mode(output.spareBeside) == 0o700)

        // The spare, made the temp tree (as `StagingTree` does), comes back in as the output.
        try output.rename(output.spareBeside, to: scratch.url(".out.brief-tmp-two"))
        try scratch.write(".out.brief-tmp-two/index.html", "third")
        try output.swapKeepingSpare(scratch.url(".out.brief-tmp-two"))
        #expect(try scratch.read("out/index.html") == "third")
        #expect(Self.mode(scratch.url("out")) == 0o751)
        #expect(Self.mode(output.spareBeside) == 0o700)
    }

    /// With no output (deleted by hand, or a build killed between the two renames), a spare
    /// moved in gets a new folder's mode, not its own.
    @Test func aSpareMovedInAsAFreshOutputGetsANewFoldersMode() throws {
        let scratch = try Scratch()
        try scratch.write(".out.brief-tmp-one/index.html", "site")
        #expect(chmod(scratch.url(".out.brief-tmp-one").path, 0o700) == 0)
        var output = AtomicOutput(destination: scratch.url("out"))
        output.spare = output.spareBeside
        try output.swapKeepingSpare(scratch.url(".out.brief-tmp-one"))
        #expect(Self.mode(scratch.url("out")) == (try Self.freshMode(in: scratch)))
        // The probe for a new folder's mode left nothing behind.
        #expect(try AtomicOutputTests.leftovers(in: scratch.root).isEmpty)
    }

    /// A whole new tree swapped in without a spare keeps the output's mode too.
    @Test func aTreeSwappedInWithoutASpareKeepsTheOutputsMode() throws {
        let scratch = try Scratch()
        try scratch.write("out/index.html", "first")
        #expect(chmod(scratch.url("out").path, 0o750) == 0)
        try scratch.write(".out.brief-tmp-one/index.html", "second")
        try AtomicOutput(destination: scratch.url("out")).swapIn(scratch.url(".out.brief-tmp-one"))
        #expect(try scratch.read("out/index.html") == "second")
        #expect(Self.mode(scratch.url("out")) == 0o750)
    }

    /// Builds: the output keeps the mode it was given across rebuilds (the staging tree is a
    /// fresh folder, then the spare), and the spare in the cache is the owner's alone.
    @Test func rebuildsKeepTheOutputsModeAndTheSparePrivate() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        let output = scratch.url("out")
        let spare = SpareLocation.url(siteDirectory: site, outputDirectory: output)
        func build(_ words: String) async throws {
            try scratch.write("site/content/changing.md", "---\ntitle: \(words)\ndate: 2025-01-02\n---\nText.\n")
            _ = try await SiteBuilder(siteDirectory: site, outputDirectory: output).build()
        }
        try await build("First words")
        #expect(Self.mode(output) == (try Self.freshMode(in: scratch)))
        #expect(chmod(output.path, 0o750) == 0)
        try await build("Second words")
        #expect(Self.mode(output) == 0o750)
        #expect(Self.mode(spare) == 0o700)
        try await build("Third words")
        #expect(try scratch.read("out/briefings/changing/index.html").contains("Third words"))
        #expect(Self.mode(output) == 0o750)
        #expect(Self.mode(spare) == 0o700)
    }

    /// A spare an older brief kept readable is made the owner's alone by the next build, also
    /// one that finds nothing to do.
    @Test func aReadableSpareIsMadePrivateByTheNextBuild() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        let output = scratch.url("out")
        _ = try await SiteBuilder(siteDirectory: site, outputDirectory: output).build()
        let spare = SpareLocation.url(siteDirectory: site, outputDirectory: output)
        try FileManager.default.createDirectory(at: spare, withIntermediateDirectories: true)
        #expect(chmod(spare.path, 0o755) == 0)
        _ = try await SiteBuilder(siteDirectory: site, outputDirectory: output).build()
        #expect(Self.mode(spare) == 0o700)
    }
}
