import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite
#if canImport(Glibc)
import Glibc
#endif

/// A static file made unreadable (`chmod 000`) after a build fails the next build as it fails a
/// clean one, the output untouched: `chmod` changes only the file's mode and status-change time,
/// and a rebuild that keyed static files by inode, size and modification time took it for
/// unchanged (no-change, status 0). Readable again, the next build passes. As root, through the
/// binary run as nobody (`UnreadableFolderTests.asNobody`).
@Suite("A static file that cannot be read")
struct UnreadableStaticFileTests {
    typealias Run = UnreadableFolderTests.Run

    static func exercise(_ site: HostileSite, run: Run) async throws {
        let file = site.site.appendingPathComponent("static/img/map.png").path
        defer { chmod(file, 0o644) }
        var result = try await run("build")
        #expect(result.status == 0, "\(result.problems)")
        let output = try site.output()
        #expect(output["img/map.png"] != nil)

        #expect(chmod(file, 0o000) == 0)
        for _ in 0..<2 {
            result = try await run("build")
            #expect(result.status == 1, "\(result.problems)")
            #expect(result.problems.contains { $0.contains("map.png") }, "\(result.problems)")
            #expect(try site.output() == output)
        }

        #expect(chmod(file, 0o644) == 0)
        result = try await run("build")
        #expect(result.status == 0, "\(result.problems)")
        #expect(try site.output() == output)
    }

    @Test(.enabled(if: geteuid() != 0, "root reads any file; the test below runs as nobody instead"))
    func inThisProcess() async throws {
        let site = try UnreadableFolderTests.makeSite()
        try await Self.exercise(site, run: UnreadableFolderTests.inProcess(site))
    }

    @Test(.enabled(if: UnreadableFolderTests.canRunAsNobody, "needs root, setpriv and the brief binary"))
    func asNobodyInAChildProcess() async throws {
        let site = try UnreadableFolderTests.makeSite()
        try await Self.exercise(site, run: UnreadableFolderTests.asNobody(site))
    }
}
