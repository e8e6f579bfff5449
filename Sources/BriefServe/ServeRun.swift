import Foundation

/// `brief serve` without the argument parsing: starts a `DevServer`, prints where it listens,
/// and runs until SIGINT (Ctrl-C) or SIGTERM, then stops gracefully.
public struct ServeRun: Sendable {
    public var options: ServeOptions
    public var printOut: @Sendable (String) -> Void
    public var printError: @Sendable (String) -> Void

    public init(
        options: ServeOptions,
        printOut: @escaping @Sendable (String) -> Void = { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
        printError: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    ) {
        self.options = options
        self.printOut = printOut
        self.printError = printError
    }

    /// Serves until interrupted; returns the exit status (0 after Ctrl-C, 1 when it cannot start).
    public func run() async -> Int32 {
        let server = DevServer(options: options, printOut: printOut, printError: printError)
        let port: UInt16
        do {
            port = try await server.start()
        } catch {
            printError("error: \(error)")
            await server.stop()
            return 1
        }
        let host = options.host.contains(":") ? "[\(options.host)]" : options.host
        printOut("Serving \(options.siteDirectory.standardizedFileURL.path) at http://\(host):\(port)/ (Ctrl-C to stop)")
        let signal = await Self.waitForInterrupt()
        printOut("\nStopping (\(signal))")
        await server.stop()
        return 0
    }

    /// Suspends until SIGINT or SIGTERM arrives; returns its name.
    static func waitForInterrupt() async -> String {
        let stream = AsyncStream<String> { continuation in
            var sources: [any DispatchSourceSignal] = []
            for (number, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
                // The default action would kill the process before the server could stop.
                Foundation.signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { continuation.yield(name) }
                source.resume()
                sources.append(source)
            }
            let kept = SignalSources(sources)
            continuation.onTermination = { _ in kept.cancel() }
        }
        for await name in stream { return name }
        return "cancelled"
    }
}

/// Keeps dispatch signal sources alive until the wait ends; only touched to cancel them.
private final class SignalSources: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    init(_ sources: [any DispatchSourceSignal]) { self.sources = sources }
    func cancel() { sources.forEach { $0.cancel() } }
}
