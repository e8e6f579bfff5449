import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite
#if canImport(Glibc)
import Glibc
#endif

/// A folder under content/, templates/ or static/ (or one of those folders itself) that cannot be
/// opened (no permission) is an error naming it, in `brief build` and `brief check` alike: the
/// build stops and the previous output stays (its briefings, theme files or static files would
/// otherwise drop off the published site), never a silent skip; once it can be opened, the next
/// build reads it, though no file changed.
///
/// Permission bits do not stop root: as root (CI) the same steps run through the `brief` binary
/// in a child process that runs as `nobody` (`setpriv`); as anyone else, in this process.
@Suite("Folders under content/, templates/ and static/ that cannot be opened")
struct UnreadableFolderTests {
    typealias Run = @Sendable (_ command: String) async throws -> (status: Int32, problems: [String])

    static let why = "is a folder brief cannot open (Permission denied): the files in it would be left out of the site"

    /// The folders locked together, one empty folder locked alone after a clean build, and a
    /// file of the output that must outlive the failed builds; `quiet` are locked too, but never
    /// read (hidden in templates/, `.git` in static/), so nothing is said of them.
    struct Lock: Sendable, CustomStringConvertible {
        var folders: [String]
        var empty: String
        var kept: String
        var quiet: [String] = []
        /// The mode they are locked with: 0o644 can be listed but not entered (`chmod -R 644`).
        var mode: mode_t = 0o000
        /// What the failed builds say, when not `why` of each folder.
        var expected: [String]?
        var description: String { folders.joined(separator: ", ") + " " + String(mode, radix: 8) }
    }

    static let locks = [
        Lock(folders: ["content/empty", "content/entities/locked", "content/world"], empty: "content/empty", kept: "site/public/briefings/b/index.html"),
        Lock(
            folders: ["static/empty", "static/img", "templates/empty", "templates/extra"], empty: "static/empty", kept: "site/public/img/map.png",
            quiet: ["static/.git", "templates/.old"]),
        Lock(folders: ["static", "templates"], empty: "templates/empty", kept: "site/public/assets/extra/site.css"),
        // Listed but not entered: each file in it skipped, the theme's falling back to the
        // built-in one. The outermost such folder is named (templates/extra/ is in templates/).
        Lock(
            folders: ["static/img", "templates"], empty: "static/empty", kept: "site/public/img/map.png", quiet: ["static/.git"], mode: 0o644),
        // Under content/ the file that cannot be read is named.
        Lock(
            folders: ["content/world"], empty: "content/empty", kept: "site/public/briefings/b/index.html", mode: 0o644,
            expected: ["content/world/b.md: error: cannot read the file"]),
    ]

    static func makeSite() throws -> HostileSite {
        let site = try HostileSite()
        try site.write("content/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\nText.\n")
        try site.write("content/world/b.md", "---\ntitle: B\ndate: 2025-01-02\n---\nText.\n")
        try site.write("content/entities/locked/nato.md", "---\nname: NATO\ntype: org\n---\nThe alliance.\n")
        try site.write("static/img/map.png", "not really a picture")
        try site.write("templates/extra/site.css", "body { color: black; }\n")
        try site.write("static/.git/HEAD", "ref: refs/heads/main\n")
        try site.write("templates/.old/page.mustache", "{{title}}\n")
        for folder in ["content/empty", "static/empty", "templates/empty"] {
            try FileManager.default.createDirectory(at: site.site.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        return site
    }

    static func setMode(_ mode: mode_t, _ paths: [String], in site: HostileSite) {
        for path in paths { #expect(chmod(site.site.appendingPathComponent(path).path, mode) == 0) }
    }

    /// The steps, with `run` doing `brief build` or `brief check` and giving its warnings and errors.
    static func exercise(_ site: HostileSite, _ lock: Lock, run: Run) async throws {
        let locked = lock.folders
        defer { setMode(0o755, locked + [lock.empty] + lock.quiet, in: site) }
        var result = try await run("build")
        #expect(result.status == 0)
        #expect(result.problems == [])
        #expect(site.scratch.exists(lock.kept))

        setMode(lock.mode, locked + lock.quiet, in: site)
        let expected = lock.expected ?? locked.map { "\($0): error: \(Self.why)" }
        result = try await run("build")
        #expect(result.status == 1)
        #expect(result.problems.sorted() == expected, "\(result.problems)")
        // Nothing lost: the last output, with the files in the folder, is still published.
        #expect(site.scratch.exists(lock.kept))
        result = try await run("build")
        #expect(result.status == 1)
        #expect(result.problems.sorted() == expected, "\(result.problems)")
        result = try await run("check")
        #expect(result.status == 1)
        #expect(result.problems.sorted() == expected, "\(result.problems)")

        // Readable again: built, with nothing to say (of the folders never read either).
        setMode(0o755, locked, in: site)
        result = try await run("build")
        #expect(result.status == 0)
        #expect(result.problems == [])
        #expect(site.scratch.exists(lock.kept))

        // An empty folder locked after a clean build: the next build is not taken for clean, and
        // fails as a clean build would, the output untouched. One that can be listed but not
        // entered (0o644) is an error in templates/ and static/ (`FileTree.read`) and none under
        // content/, whose loader reads its (no) names: there the build goes on.
        let output = try site.output()
        for mode: mode_t in [0o000, 0o644] {
            setMode(mode, [lock.empty], in: site)
            result = try await run("build")
            if mode == 0o644, lock.empty.hasPrefix("content/") {
                #expect(result.status == 0)
                #expect(result.problems == [], "\(result.problems)")
            } else {
                #expect(result.status == 1, "\(String(mode, radix: 8))")
                #expect(result.problems == ["\(lock.empty): error: \(Self.why)"], "\(String(mode, radix: 8)) \(result.problems)")
                #expect(try site.output() == output)
            }
            setMode(0o755, [lock.empty], in: site)
            result = try await run("build")
            #expect(result.status == 0)
            #expect(result.problems == [], "\(result.problems)")
        }
    }

    @Test(.enabled(if: geteuid() != 0, "root opens any folder; the test below runs as nobody instead"), arguments: locks)
    func inThisProcess(_ lock: Lock) async throws {
        let site = try Self.makeSite()
        try await Self.exercise(site, lock, run: Self.inProcess(site))
    }

    /// `brief build` (in this process) or `brief check` of `site`: status and problems.
    static func inProcess(_ site: HostileSite) -> Run {
        { command in
            if command == "check" {
                let checked = await SiteChecker(siteDirectory: site.site).check()
                return (checked.hasErrors ? 1 : 0, checked.problems.map(\.description))
            }
            let built = await site.build()
            return (built.status, built.err.filter { $0.contains(": warning: ") || $0.contains(": error: ") })
        }
    }

    static let setpriv = "/usr/bin/setpriv"
    static var canRunAsNobody: Bool {
        geteuid() == 0 && InterruptedBuildTests.binary != nil && FileManager.default.isExecutableFile(atPath: setpriv)
    }

    @Test(.enabled(if: canRunAsNobody, "needs root, setpriv and the brief binary"), arguments: locks)
    func asNobodyInAChildProcess(_ lock: Lock) async throws {
        let site = try Self.makeSite()
        try await Self.exercise(site, lock, run: Self.asNobody(site))
    }

    /// `brief build` or `brief check` of `site` by the built binary run as nobody (`setpriv`),
    /// the site made nobody's: status and problems. Needs `canRunAsNobody`.
    static func asNobody(_ site: HostileSite) throws -> Run {
        let binary = try binaryNobodyCanRun(beside: site)
        let nobody = "65534"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/chown")
        process.arguments = ["-R", "\(nobody):\(nobody)", site.site.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return { command in
            let (status, text) = try runAsNobody(binary, [command, "--site", site.site.path])
            return (status, text.split(separator: "\n").map(String.init).filter { $0.contains(": warning: ") || $0.contains(": error: ") })
        }
    }

    /// `binary` with `arguments` run as nobody (`setpriv`): its status and standard error.
    /// Run again while the kernel refuses to start it as "Text file busy": a process another
    /// test forked while the copy of `binary` was being written holds it open for writing until
    /// that process starts its own program (`binaryNobodyCanRun` links where it can).
    static func runAsNobody(_ binary: URL, _ arguments: [String]) throws -> (status: Int32, errors: String) {
        for attempt in 1... {
            let child = Process()
            child.executableURL = URL(fileURLWithPath: Self.setpriv)
            child.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + arguments
            let errors = Pipe()
            child.standardOutput = FileHandle.nullDevice
            child.standardError = errors
            try child.run()
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            child.waitUntilExit()
            if attempt < 20, child.terminationStatus != 0, text.contains("Text file busy") {
                usleep(50_000)
                continue
            }
            return (child.terminationStatus, text)
        }
        fatalError("unreachable")
    }

    /// A copy of the built binary in `site`'s scratch folder, which nobody can pass through (the
    /// site's own folders are made nobody's or left as they are by the caller): nobody runs this
    /// copy, as the clone's own folders may be root's alone (a checkout under /root), which
    /// nobody cannot pass through to the built binary.
    static func binaryNobodyCanRun(beside site: HostileSite) throws -> URL {
        let built = try #require(InterruptedBuildTests.binary)
        #expect(chmod(site.scratch.root.path, 0o755) == 0)
        let binary = site.scratch.root.appendingPathComponent("brief")
        // A hard link writes no file, so no other test's child process can hold it open for
        // writing (which makes starting it fail, "Text file busy"); a copy where the scratch
        // folder is on another file system than the build.
        if link(built.path, binary.path) != 0 {
            try FileManager.default.copyItem(at: built, to: binary)
            #expect(chmod(binary.path, 0o755) == 0)
        }
        return binary
    }

    /// A file where content/, templates/ or static/ should be a folder stops the build and
    /// check, in words that say so (not "a folder brief cannot open (Not a directory)").
    @Test(arguments: ["content", "templates", "static"])
    func aFileInPlaceOfTheFolder(_ folder: String) async throws {
        let site = try Self.makeSite()
        try FileManager.default.removeItem(at: site.site.appendingPathComponent(folder))
        try site.write(folder, "not a folder\n")
        let expected = ["\(folder): error: is a file, not a folder: brief reads a folder of files by this name; rename or remove the file"]
        let built = await site.build()
        #expect(built.status == 1)
        #expect(built.err.filter { $0.contains(": error: ") && !$0.hasPrefix("error: ") } == expected, "\(built.err)")
        let checked = await SiteChecker(siteDirectory: site.site).check()
        #expect(checked.hasErrors)
        #expect(checked.problems.map(\.description) == expected)
    }

    /// A link loop where templates/ or static/ should be (`ELOOP` from `stat`) stops the build
    /// and names the folder: it was taken for a missing folder, and the theme fell back to the
    /// built-in one (or static/'s files were left out) in silence.
    @Test(arguments: ["templates", "static"])
    func aLinkLoopInPlaceOfTheFolder(_ folder: String) async throws {
        let site = try Self.makeSite()
        let url = site.site.appendingPathComponent(folder)
        try FileManager.default.removeItem(at: url)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: folder)
        let built = await site.build()
        #expect(built.status == 1)
        #expect(built.err.contains { $0.hasPrefix("\(folder): error: ") }, "\(built.err)")
        let checked = await SiteChecker(siteDirectory: site.site).check()
        #expect(checked.hasErrors)
        #expect(checked.problems.contains { $0.description.hasPrefix("\(folder): error: ") })
    }
}
