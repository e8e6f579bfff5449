import BriefTestSupport
import Foundation
@testable import BriefSite

/// A site in a scratch folder for hostile-input tests, built in-process with `BuildRun` as
/// `brief build` runs it; the printed lines are kept for pinning exact diagnostics.
struct HostileSite {
    let scratch: Scratch
    var site: URL { scratch.url("site") }

    init(config: String = "title: Hostile\n") throws {
        scratch = try Scratch()
        try scratch.write("site/brief.yml", config)
        try FileManager.default.createDirectory(at: scratch.url("site/content"), withIntermediateDirectories: true)
    }

    func write(_ path: String, _ text: String) throws { try scratch.write("site/\(path)", text) }

    func write(_ path: String, bytes: [UInt8]) throws {
        let url = scratch.url("site/\(path)")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func remove(_ path: String) throws { try FileManager.default.removeItem(at: scratch.url("site/\(path)")) }

    /// Builds with `brief build --site site [--output output]`; returns the status and printed lines.
    func build(output: String? = nil) async -> (status: Int32, out: [String], err: [String]) {
        let out = BuildRunTests.Lines(), err = BuildRunTests.Lines()
        let status = await BuildRun(
            site: "site", output: output, currentDirectory: scratch.root, printOut: out.append, printError: err.append
        ).run()
        return (status, out.all, err.all)
    }

    /// Every file of the built site, by path under public/.
    func output() throws -> [String: Data] { try scratch.snapshot("site/public") }

    /// Names in the output's parent left by builds (temp and old folders).
    func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix(".public.brief-tmp-") || $0.hasPrefix(".public.brief-old-") }.sorted()
    }
}

extension HostileSite {
    /// Builds with the `brief` binary in a child process (`nil` when it is not built), so a long
    /// build does not hold the test process's few cooperative threads: other suites (the dev
    /// server's) keep answering meanwhile.
    func buildInChildProcess() async throws -> Int32? {
        guard let binary = InterruptedBuildTests.binary else { return nil }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["build", "--site", site.path, "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
    }

    /// Child process when the binary is there, in-process otherwise.
    func heavyBuild() async throws -> Int32 {
        if let status = try await buildInChildProcess() { return status }
        return await build().status
    }
}
