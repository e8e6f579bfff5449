import BriefContent
import BriefSite
import Foundation

/// `brief serve` as a library: builds the site into its own folder, serves it over HTTP, polls the
/// sources and rebuilds on change, and tells open pages to reload.
///
/// A failed rebuild leaves the last good output in place (`SiteBuilder` writes nothing on
/// errors); the server keeps serving it, with the error shown over every page until a build
/// succeeds again.
public actor DevServer {
    public let options: ServeOptions
    /// The folder builds go to (a temporary one unless `options.outputDirectory` is set).
    public let outputDirectory: URL
    private let ownsOutput: Bool
    private let state = BuildState()
    private let printOut: @Sendable (String) -> Void
    private let printError: @Sendable (String) -> Void
    private var server: HTTPServer?
    private var watchTask: Task<Void, Never>?

    /// A server for `options`; messages go to `printOut` (builds) and `printError` (problems).
    public init(
        options: ServeOptions,
        printOut: @escaping @Sendable (String) -> Void = { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
        printError: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    ) {
        self.options = options
        self.printOut = printOut
        self.printError = printError
        if let output = options.outputDirectory {
            outputDirectory = output.standardizedFileURL
            ownsOutput = false
        } else {
            outputDirectory = FileManager.default.temporaryDirectory
                .appendingPathComponent("brief-serve-\(UUID().uuidString)", isDirectory: true)
                .appendingPathComponent("site", isDirectory: true)
            ownsOutput = true
        }
    }

    /// Why the server could not listen, in words: the system's reason for the failed call (errno).
    static func listenFailure(_ error: any Error, host: String, port: UInt16) -> String {
        let place = "cannot listen on \(host):\(port)"
        guard let code = (error as? SocketFailure)?.code else { return "\(place): \(error)" }
        if code == EADDRINUSE { return "\(place): the port is in use; try another --port" }
        if code == EACCES { return "\(place): permission denied; use a port above 1023" }
        return "\(place): \(String(cString: strerror(code)))"
    }

    /// The latest build's version, error and whether a good site is being served.
    public var status: BuildStatus {
        get async { await state.status }
    }

    /// How many long polls for the next build are open now.
    var waitingPolls: Int {
        get async { await state.waitingPolls }
    }

    /// Builds once, starts listening and watching; returns the port listened on.
    public func start() async throws -> UInt16 {
        guard server == nil else { throw ServeError("the server is already running") }
        let handler = ServeHandler(root: outputDirectory, state: state, longPollTimeout: options.longPollTimeout)
        let server: HTTPServer
        do {
            // Listening before the first build: a port in use is reported at once, not after a
            // full build. A page asked for meanwhile says the first build is running (ServeHandler).
            let host = options.host == "localhost" ? "127.0.0.1" : options.host
            server = try HTTPServer(host: host, port: options.port) { await handler.handle($0) }
        } catch is InvalidHost {
            throw ServeError("cannot listen on \(options.host): use an IP address such as 127.0.0.1")
        } catch {
            throw ServeError(Self.listenFailure(error, host: options.host, port: options.port))
        }
        server.start()
        self.server = server
        let port = server.port
        try FileManager.default.createDirectory(at: outputDirectory.deletingLastPathComponent(), withIntermediateDirectories: true)
        let watcher = SiteWatcher(siteDirectory: options.siteDirectory)
        var sources = WatchedSources(watcher)
        await rebuild()

        let interval = options.pollInterval
        watchTask = Task { [weak self] in
            while !Task.isCancelled {
                // Asking a watch costs one read(2): it is asked often, for a quick rebuild.
                try? await Task.sleep(for: sources.isWatched ? min(interval, .milliseconds(50)) : interval)
                guard sources.mayHaveChanged() else { continue }
                let before = sources.seen
                sources.refresh()
                guard sources.seen != before else { continue }
                // Editors write in bursts (temp file, rename, chmod): let the burst settle.
                try? await Task.sleep(for: .milliseconds(80))
                sources.refresh()
                let changed = sources.seen.changes(since: before, relativeTo: watcher.siteDirectory)
                guard let self, !Task.isCancelled else { return }
                await self.announce(changed)
                await self.rebuild()
            }
        }
        return port
    }

    /// Stops watching and listening (open long polls answer at once, other requests get 0.3 s
    /// to finish) and removes the temporary output folder.
    public func stop() async {
        watchTask?.cancel()
        watchTask = nil
        if let server { await server.stop(timeout: .milliseconds(300)) }
        server = nil
        if ownsOutput {
            try? FileManager.default.removeItem(at: outputDirectory.deletingLastPathComponent())
        }
    }

    /// Builds now and records the outcome; safe to call while serving (builds never overlap:
    /// they run on this actor one after the other).
    @discardableResult
    public func rebuild() async -> BuildStatus {
        let builder = SiteBuilder(siteDirectory: options.siteDirectory, outputDirectory: outputDirectory, includeDrafts: options.includeDrafts)
        do {
            let report = try await builder.build()
            await state.recordSuccess(baseURL: report.baseURL)
            printOut(report.summaryLine(relativeTo: nil).replacingOccurrences(of: " -> \(outputDirectory.path)/", with: ""))
        } catch let errors as ContentErrors {
            await state.recordFailure(errors.description)
            for diagnostic in errors.diagnostics { printError(diagnostic.description) }
            printError("error: the site does not build; still serving the last good version")
        } catch {
            await state.recordFailure("\(error)")
            printError("\(error)")
        }
        return await state.status
    }

    /// `content/a.md changed` (or `3 files changed: ...`), before the rebuild's own line.
    private func announce(_ changed: [String]) {
        guard !changed.isEmpty else { return }
        let shown = changed.prefix(3).joined(separator: ", ")
        printOut(changed.count == 1 ? "\(shown) changed" : "\(changed.count) files changed: \(shown)\(changed.count > 3 ? ", ..." : "")")
    }
}

/// A problem starting the development server.
public struct ServeError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
