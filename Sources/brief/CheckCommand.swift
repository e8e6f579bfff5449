import ArgumentParser
import BriefSite
import Foundation

extension CheckRun.Format: ExpressibleByArgument {}

/// `brief check`: every problem a build would report, plus links that lead nowhere; writes nothing.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site without building it: content errors, broken links, unknown entities.",
        discussion: """
            Reports every problem `brief build` would (brief.yml, front matter, duplicate slugs, \
            templates), links to briefings or entity pages that lead nowhere, and entity notes that \
            name no entity seen in any briefing (a warning). Exits with status 1 on any error, 0 otherwise.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The site folder (with brief.yml).", valueName: "DIR"))
    var site: String = "."

    @Flag(name: .long, help: "Check as for `brief build --drafts`: drafts are published and can be linked to.")
    var drafts = false

    @Option(name: .long, help: "text: `path:line: error: message` lines; json: one array of {path, line, severity, message}.")
    var format: CheckRun.Format = .text

    func run() async throws {
        try RawPath.requireValidNames(site, toDo: "read a site")
        var run = CheckRun(site: site, drafts: drafts, format: format)
        run.style = .standardError()
        let status = await run.run()
        if status != 0 { throw ExitCode(status) }
    }
}
