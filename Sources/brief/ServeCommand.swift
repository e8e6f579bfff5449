import ArgumentParser
import BriefServe
import BriefSite
import Foundation

/// `brief serve`: builds, serves on loopback, rebuilds on change and reloads open pages.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it locally, and rebuild and reload on every change.",
        discussion: """
            Builds into a temporary folder (never public/), serves it over HTTP and watches brief.yml, \
            content/, templates/ and static/. Open pages reload after each rebuild. When a change does \
            not build, the last good site stays up with the problems shown over every page and printed \
            here, until they are fixed. Ctrl-C stops the server.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The site folder (with brief.yml).", valueName: "DIR"))
    var site: String = "."

    @Option(name: .long, help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 8000

    @Option(name: .long, help: ArgumentHelp("The address to listen on; other machines can connect only if you choose a non-loopback one.", valueName: "IP"))
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Include briefings marked `draft: true`.")
    var drafts = false

    func run() async throws {
        try RawPath.requireValidNames(site, toDo: "read a site")
        let siteURL = URL(fileURLWithPath: site, isDirectory: true)
        let options = ServeOptions(siteDirectory: siteURL, host: host, port: port, includeDrafts: drafts)
        let style = TerminalStyle.standardError()
        let status = await ServeRun(options: options, printError: { line in
            FileHandle.standardError.write(Data((style.highlight(line) + "\n").utf8))
        }).run()
        if status != 0 { throw ExitCode(status) }
    }
}
