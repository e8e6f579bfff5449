import BriefContent
import BriefSite
import Foundation

/// `brief build` without the process: runs a build and prints to the given streams.
/// Returns the exit status (0 built, 1 content or output problems).
struct BuildRun {
    var site: String
    var output: String?
    var drafts: Bool
    var quiet: Bool
    var currentDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    var printOut: (String) -> Void = { print($0) }
    var printError: (String) -> Void = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }

    func run() async -> Int32 {
        let siteURL = URL(fileURLWithPath: site, isDirectory: true, relativeTo: currentDirectory)
        let outputURL = output.map { URL(fileURLWithPath: $0, isDirectory: true, relativeTo: currentDirectory) }
        let builder = SiteBuilder(siteDirectory: siteURL, outputDirectory: outputURL, includeDrafts: drafts)
        do {
            let report = try await builder.build()
            if !quiet { printOut(report.summaryLine(relativeTo: currentDirectory)) }
            return 0
        } catch let errors as ContentErrors {
            // Paths are relative to the site folder, like every path in the site's own files.
            for diagnostic in errors.diagnostics { printError(diagnostic.description) }
            let count = errors.diagnostics.count
            printError("error: \(count) problem\(count == 1 ? "" : "s") found; nothing was written")
            return 1
        } catch {
            printError("\(error)")
            return 1
        }
    }
}
