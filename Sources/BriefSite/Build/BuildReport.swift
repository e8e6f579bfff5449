import Foundation

/// What a build did, for the closing summary line.
public struct BuildReport: Sendable {
    public var briefingCount: Int
    /// Files written, static files included.
    public var fileCount: Int
    public var duration: Duration
    public var outputDirectory: URL
    /// The site's `base_url` (percent-encoded as `SiteConfig` keeps it) the pages were made
    /// with; empty without one.
    public var baseURL = ""
    /// Problems that did not stop the build (an unwritable cache folder), one line each.
    public var warnings: [String] = []

    /// `Built 6 briefings in 0.12 s -> public/`, with the output shown relative to `currentDirectory` when inside it.
    public func summaryLine(relativeTo currentDirectory: URL? = nil) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        let noun = briefingCount == 1 ? "briefing" : "briefings"
        return "Built \(briefingCount) \(noun) in \(String(format: "%.2f", seconds)) s -> \(displayPath(relativeTo: currentDirectory))"
    }

    private func displayPath(relativeTo base: URL?) -> String {
        let output = outputDirectory.standardizedFileURL.path
        if let base {
            let prefix = base.standardizedFileURL.path
            let withSlash = prefix.hasSuffix("/") ? prefix : prefix + "/"
            if output.hasPrefix(withSlash) { return String(output.dropFirst(withSlash.count)) + "/" }
        }
        return output + "/"
    }
}
