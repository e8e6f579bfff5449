import Foundation

/// The terminal side of `brief build`: a progress line on standard error while briefings render
/// (`Rendering 120/2000 briefings, 1.4 s`, rewritten in place with `\r`, only on a terminal and
/// only once a build has run for a moment), and with `verbose`, one line per finished stage.
public final class BuildConsole: BuildObserver, @unchecked Sendable {
    private let showProgress: Bool
    private let verbose: Bool
    private let write: @Sendable (String) -> Void
    private let lock = NSLock()
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDraw: ContinuousClock.Instant?
    private var lineShown = false
    private var highest = 0

    /// How long a build runs before a progress line appears: quick builds stay quiet.
    static let delay: Duration = .milliseconds(300)
    /// The shortest time between two redraws.
    static let interval: Duration = .milliseconds(100)

    /// `showProgress` draws the line (pass `TerminalStyle.isTerminal(standardError)` and not
    /// `--quiet`); `write` receives raw text for standard error, without added newlines.
    public init(showProgress: Bool, verbose: Bool, write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.showProgress = showProgress
        self.verbose = verbose
        self.write = write
        start = clock.now
    }

    public func briefingsRendered(_ done: Int, of total: Int) {
        guard showProgress else { return }
        lock.withLock {
            // Calls race: never go backwards.
            guard done > highest else { return }
            highest = done
            let now = clock.now
            guard now - start >= Self.delay || lineShown else { return }
            if let lastDraw, now - lastDraw < Self.interval, done < total { return }
            lastDraw = now
            lineShown = true
            write("\r\u{1B}[KRendering \(done)/\(total) briefings, \(Self.seconds(now - start)) s")
        }
    }

    public func stageFinished(_ stage: BuildStage, duration: Duration) {
        lock.withLock {
            clearLine()
            if verbose {
                write("\(stage.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(Self.seconds(duration)) s\n")
            }
        }
    }

    /// Removes the progress line, if one is shown (call before printing anything else).
    public func finish() {
        lock.withLock { clearLine() }
    }

    private func clearLine() {
        if lineShown {
            write("\r\u{1B}[K")
            lineShown = false
        }
    }

    static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.3f", value)
    }
}
