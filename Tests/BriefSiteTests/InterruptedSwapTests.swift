import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite
#if canImport(Glibc)
import Glibc
#endif

/// A build killed between the two renames of its swap (the output moved aside, the new tree not
/// yet in) leaves no output folder. The next build puts the previous output back first, as a swap
/// undone: the output keeps its own permissions (not a new folder's) and what the user put in it,
/// and the build then goes on as after any killed build, its output as a clean build's.
@Suite("A build killed in the middle of its swap")
struct InterruptedSwapTests {
    /// `cp -a` (hard links, modes and times kept): the disk as a kill at this moment leaves it.
    static func copyTree(_ source: URL, to target: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/cp")
        process.arguments = ["-a", source.path, target.path]
        do { try process.run() } catch { return }
        process.waitUntilExit()
    }

    @Test func theNextBuildPutsThePreviousOutputBackWithItsMode() async throws {
        let site = try HostileSite()
        try site.write("content/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\nMinisters met in Brussels.\n")
        #expect(await site.build().status == 0)
        let output = site.site.appendingPathComponent("public")
        // Neither a new folder's mode (0755 less the umask) nor a spare's (0700).
        #expect(chmod(output.path, 0o750) == 0)
        try site.write("public/CNAME", "example.org\n")
        try site.write("content/b.md", "---\ntitle: B\ndate: 2025-01-02\n---\nTalks went on in Geneva.\n")

        // The second build is caught between its renames: the site's folder is copied as it is then.
        let frozen = site.scratch.url("frozen")
        SwapProbe.shared.watch(output) { Self.copyTree(site.site, to: frozen) }
        let second = await site.build()
        SwapProbe.shared.watch(output, nil)
        #expect(second.status == 0)
        try #require(FileManager.default.fileExists(atPath: frozen.path), "the swap was never caught between its renames")
        try FileManager.default.removeItem(at: site.site)
        try FileManager.default.moveItem(at: frozen, to: site.site)
        #expect(!site.scratch.exists("site/public"), "the kill's moment has an output")

        let next = await site.build()
        #expect(next.status == 0, "\(next.err)")
        #expect(AtomicOutput.permissions(atPath: output.path) == 0o750)
        #expect(try site.scratch.read("site/public/CNAME") == "example.org\n")
        #expect(try site.leftovers().isEmpty)
        // As a clean build makes it, but for the user's file.
        #expect(await site.build(output: "clean").status == 0)
        var built = try site.output()
        built["CNAME"] = nil
        #expect(built == (try site.scratch.snapshot("clean")))
        #expect(built["briefings/b/index.html"] != nil)
    }

    /// An output that cannot be moved aside for the swap is named as the folder that could not
    /// be moved, and the words say where it was going (its old-name place was named as the one
    /// the output could not be moved into).
    @Test func anOutputThatCannotBeMovedAsideIsNamed() throws {
        let scratch = try Scratch()
        try scratch.write("public/index.html", "the site")
        let output = AtomicOutput(destination: scratch.url("public"))
        let old = scratch.url("gone/.public.brief-old-x")
        do {
            try output.moveAside(to: old)
            Issue.record("moved into a folder that does not exist")
        } catch {
            #expect(error.path == scratch.url("public").standardizedFileURL.path)
            #expect(error.message == "cannot move the output aside (to .public.brief-old-x) to put the new one in its place: No such file or directory")
        }
        #expect(try scratch.read("public/index.html") == "the site")
    }
}
