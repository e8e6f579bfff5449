import ArgumentParser
import BriefSite
import Foundation

/// `brief init DIR`: a new site to start from.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site: brief.yml, content/ with an example briefing, .gitignore.",
        discussion: "Refuses a folder that has files in it, unless --force (which keeps any file already there)."
    )

    @Argument(help: ArgumentHelp("The folder to create the site in (made if missing).", valueName: "DIR"))
    var directory: String

    @Flag(name: .long, help: "Add the site's files to a folder that is not empty; existing files are kept.")
    var force = false

    func validate() throws {
        // URL(fileURLWithPath: "") is the current folder: an empty DIR (an unset shell variable)
        // would fill whatever folder brief runs in.
        if directory.allSatisfy(\.isWhitespace) {
            throw ValidationError("DIR is empty; name the folder to create the site in (\".\" for the current folder)")
        }
    }

    func run() throws {
        // Read as text, such a name is another folder's (U+FFFD for each bad byte), which the
        // site was written to: no site at all is made rather than one somewhere else.
        try RawPath.requireValidNames(directory, toDo: "make a site")
        let url = URL(fileURLWithPath: directory, isDirectory: true)
        do {
            let written = try SiteInitializer(directory: url, force: force).run()
            for path in written { print("created \(directory)/\(path)") }
            print("Next: brief serve --site \(ShellWord.quoted(directory))")
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// `brief new "Title"`: a new briefing file.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new briefing: content/[FOLDER/]SLUG.md with front matter.",
        discussion: "The briefing starts as a draft (`draft: true`); `brief serve --drafts` shows it. Never overwrites a file."
    )

    @Argument(help: "The briefing's title; its file name is made from it.")
    var title: String

    @Option(name: .long, help: ArgumentHelp("The site folder (with brief.yml).", valueName: "DIR"))
    var site: String = "."

    @Option(name: .long, help: ArgumentHelp("A folder inside content/ to put it in.", valueName: "SUB"))
    var folder: String?

    func run() throws {
        try RawPath.requireValidNames(site, toDo: "read a site")
        if let folder {
            // Its shape first: a leading / or a `..` is the clearer reason to refuse `/x\351`,
            // whatever its bytes. Then, read as text, the folder was another (U+FFFD for each
            // bad byte), made for the briefing.
            do { _ = try BriefingScaffold.checkedFolder(folder) } catch { throw Self.failure(error) }
            try RawPath.requireValidNames(folder, under: site == "." ? "content" : (site.hasSuffix("/") ? site : site + "/") + "content", toDo: "put a briefing")
        }
        do {
            let path = try BriefingScaffold(siteDirectory: URL(fileURLWithPath: site, isDirectory: true), title: title, folder: folder).run()
            print(site == "." ? path : "\(site)/\(path)")
        } catch {
            throw Self.failure(error)
        }
    }

    /// Says `error` on standard error; the exit status that goes with it.
    private static func failure(_ error: ScaffoldError) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        return ExitCode(1)
    }
}
