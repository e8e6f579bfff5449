import BriefTestSupport
import Foundation

/// The `brief` executable built with these tests, run as a user runs it: arguments, standard
/// input, exit status and both outputs.
enum BriefProcess {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The built binary: beside the test runner (`.build/<configuration>/`), found once.
    static let executable: URL? = {
        var folders: [URL] = []
        if let runner = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: runner).deletingLastPathComponent())
        }
        // macOS: the runner is inside briefPackageTests.xctest, itself in the build folder.
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        folders += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        folders.append(Repository.root.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("brief") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `brief arguments...` in `directory` with `input` on standard input.
    static func run(_ arguments: [String], input: String = "", in directory: URL? = nil) throws -> Result {
        guard let executable else { throw BriefNotBuilt() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        // Standard error goes to a file: with two pipes, a full one would block the child
        // while the other is read.
        let scratch = try Scratch()
        _ = FileManager.default.createFile(atPath: scratch.url("stderr").path, contents: nil)
        let errors = try FileHandle(forWritingTo: scratch.url("stderr"))
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = errors
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errors.close()
        return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), errors: try scratch.read("stderr"))
    }

    /// Runs the shell `script` with brief's path as `$0`, in `directory`: for arguments only a
    /// shell can make (`$(printf 'bad\351dir')`, bytes that are not UTF-8). Returns the exit
    /// status and standard error.
    static func shell(_ script: String, in directory: URL) throws -> (status: Int32, errors: String) {
        guard let executable else { throw BriefNotBuilt() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, executable.path]
        process.currentDirectoryURL = directory
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, said)
    }

    struct BriefNotBuilt: Error, CustomStringConvertible {
        var description: String { "the brief executable was not found beside the tests; run `swift build` first" }
    }
}
