import ArgumentParser
import BriefAllocator
import BriefContent
import BriefSite
import Foundation

/// `brief build`: parses options, runs `SiteBuilder`, prints problems compiler-style.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into public/.",
        discussion: """
            Reads brief.yml, content/, templates/ and static/ from the site folder and writes the site \
            into the output folder, replacing it only when the whole build succeeded. Content problems \
            are printed as `path:line: error: message`, all of them, and the build exits with status 1.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The site folder (with brief.yml).", valueName: "DIR"))
    var site: String = "."

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: public/ in the site folder).", valueName: "DIR"))
    var output: String?

    @Flag(name: .long, help: "Include briefings marked `draft: true`.")
    var drafts = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Use this base_url instead of brief.yml's (a preview or a second host; \"\" for none).",
            valueName: "URL"))
    var baseURL: String?

    @Flag(name: [.short, .long], help: "Print nothing on success, and no progress line.")
    var quiet = false

    @Flag(name: [.short, .long], help: "Print how long each stage took (load, render, pages, write).")
    var verbose = false

    func run() async throws {
        // Read as text, such a name is another folder's: brief.yml was not found in it, and the
        // build lock was made there, a new folder beside the site.
        try RawPath.requireValidNames(site, toDo: "read a site")
        if let output { try RawPath.requireValidNames(output, toDo: "write a site") }
        var run = BuildRun(site: site, output: output, drafts: drafts, quiet: quiet)
        run.baseURL = baseURL
        // The progress line only on a terminal: logs and pipes get no carriage returns.
        let console = BuildConsole(showProgress: !quiet && isatty(STDERR_FILENO) == 1, verbose: verbose)
        run.observer = console
        // `brief build` exits right after: what the build made need not be freed first.
        run.keepsResultsUntilExit = true
        run.style = .standardError()
        if verbose {
            let allocator = brief_allocator_settings().map { "jemalloc (\(String(cString: $0)))" } ?? "the C library's malloc"
            FileHandle.standardError.write(Data("memory allocator: \(allocator)\n".utf8))
        }
        let status = await run.run()
        console.finish()
        if status != 0 { throw ExitCode(status) }
    }
}
