import BriefContent
import Foundation

/// `brief build` without the process: runs a `SiteBuilder` from command-line style options and
/// prints what the command prints (summary to `printOut`, problems to `printError`).
public struct BuildRun: Sendable {
    /// `--site` (default `.`), relative to `currentDirectory`.
    public var site: String
    /// `--output`, relative to `currentDirectory`; nil means `public/` inside the site.
    public var output: String?
    public var drafts: Bool
    /// `--base-url`: replaces brief.yml's `base_url` for this build (checked by `run()`).
    public var baseURL: String?
    public var quiet: Bool
    public var currentDirectory: URL
    public var printOut: @Sendable (String) -> Void
    public var printError: @Sendable (String) -> Void
    /// Progress and stage timings (`BuildConsole` on a terminal); nil reports nothing.
    public var observer: (any BuildObserver)?
    /// The process exits after the build (`SiteBuilder.keepsResultsUntilExit`).
    public var keepsResultsUntilExit = false
    /// Colour for problems; none unless the command allows it (terminal, no `NO_COLOR`).
    public var style = TerminalStyle(colour: false)

    /// Options as `brief build` takes them; output goes to standard output and standard error by default.
    public init(
        site: String = ".", output: String? = nil, drafts: Bool = false, quiet: Bool = false,
        currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
        printOut: @escaping @Sendable (String) -> Void = { print($0) },
        printError: @escaping @Sendable (String) -> Void = { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    ) {
        self.site = site
        self.output = output
        self.drafts = drafts
        self.quiet = quiet
        self.currentDirectory = currentDirectory
        self.printOut = printOut
        self.printError = printError
    }

    /// Builds; returns the exit status: 0 built, 1 content problems or output not written.
    public func run() async -> Int32 {
        let siteURL = URL(fileURLWithPath: site, isDirectory: true, relativeTo: currentDirectory)
        let outputURL = output.map { URL(fileURLWithPath: $0, isDirectory: true, relativeTo: currentDirectory) }
        var builder = SiteBuilder(siteDirectory: siteURL, outputDirectory: outputURL, includeDrafts: drafts)
        if let baseURL {
            if let problem = SiteConfig.baseURLProblem(baseURL) {
                printError(style.highlight("error: --base-url \(problem), found \"\(baseURL)\""))
                return 1
            }
            builder.baseURL = SiteConfig.baseURL(option: baseURL)
        }
        builder.observer = observer
        builder.keepsResultsUntilExit = keepsResultsUntilExit
        do {
            let report = try await builder.build()
            for warning in report.warnings { printError(warning) }
            if !quiet { printOut(report.summaryLine(relativeTo: currentDirectory)) }
            return 0
        } catch let errors as ContentErrors {
            // Paths are relative to the site folder, like every path in the site's own files.
            for diagnostic in errors.diagnostics { printError(style.highlight(diagnostic.description)) }
            let count = errors.diagnostics.count
            printError(style.highlight("error: \(count) problem\(count == 1 ? "" : "s") found; nothing was written"))
            return 1
        } catch {
            printError(style.highlight("\(error)"))
            return 1
        }
    }
}
