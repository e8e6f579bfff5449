import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// `brief build` killed while it writes: the earlier public/ stays intact, and the next build
/// removes what the killed one left behind. Spawns the built `brief` binary.
@Suite("Interrupted builds", .serialized)
struct InterruptedBuildTests {
    /// The `brief` executable beside the test bundle (built by `swift test` with the tests).
    static let binary: URL? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("brief"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("brief"),
            Repository.root.appendingPathComponent(".build/debug/brief"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// A site big enough that writing it takes a while: `count` briefings of a few kilobytes.
    private func bigSite(count: Int) throws -> HostileSite {
        let site = try HostileSite()
        let paragraph = String(repeating: "Ministers met in Brussels on Tuesday and said the talks would go on. ", count: 12)
        for index in 0..<count {
            try site.write("content/b\(index).md", "---\ntitle: Briefing \(index)\ndate: 2025-01-01\n---\n\(paragraph)\n\n\(paragraph)\n")
        }
        return site
    }

    @Test(.enabled(if: binary != nil, "brief binary not built"), arguments: [SIGKILL, SIGINT])
    func aKilledBuildKeepsTheOutputAndTheNextBuildCleansUp(signal: Int32) async throws {
        let site = try bigSite(count: 800)
        let first = await site.build()
        #expect(first.status == 0)
        let before = try site.output()
        #expect(before.count > 800)
        try site.write("content/new.md", "---\ntitle: New\ndate: 2026-01-01\n---\nNew text.\n")

        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["build", "--site", site.site.path, "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once it is writing its temp folder: the moment a half-written site exists.
        let deadline = Date().addingTimeInterval(120)
        var sawTemp = false
        while process.isRunning, Date() < deadline {
            if try site.leftovers().contains(where: { $0.hasPrefix(".public.brief-tmp-") }) {
                sawTemp = true
                break
            }
            usleep(500)
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(sawTemp, "the build ended before it was caught writing; make the site bigger")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try site.output() == before)

        let next = await site.build()
        #expect(next.status == 0)
        #expect(try site.leftovers().isEmpty)
        let after = try site.output()
        #expect(after.keys.contains("briefings/new/index.html"))
        #expect(Set(before.keys).isSubset(of: after.keys))
    }
}
