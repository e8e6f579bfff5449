import BriefContent
import Foundation

/// `brief init DIR`: a working site with `brief.yml`, one example briefing in `content/` and a
/// `.gitignore` for the built site and caches. No `templates/`: the built-in theme is used.
public struct SiteInitializer: Sendable {
    public var directory: URL
    /// Write into a folder that already has files; existing files are kept, never replaced.
    public var force: Bool
    /// The example briefing's date.
    public var today: Date

    public init(directory: URL, force: Bool = false, today: Date = Date()) {
        self.directory = directory.standardizedFileURL
        self.force = force
        self.today = today
    }

    /// Creates the site; returns the files written, relative to the folder. Throws when the
    /// folder has files (without `force`) or cannot be written.
    @discardableResult
    public func run() throws(ScaffoldError) -> [String] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ScaffoldError("\(directory.path) is a file, not a folder") }
            let entries = (try? fm.contentsOfDirectory(atPath: directory.path)) ?? []
            if !entries.isEmpty, !force {
                throw ScaffoldError("\(directory.path) is not empty; choose an empty folder, or use --force to add the site's files to it (existing files are kept)")
            }
        }
        var written: [String] = []
        for (path, text) in files() {
            let url = directory.appendingPathComponent(path)
            if fm.fileExists(atPath: url.path) { continue }
            do {
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw ScaffoldError("cannot write \(url.path): \(error.localizedDescription)")
            }
            written.append(path)
        }
        return written
    }

    /// The files of a new site, by path.
    func files() -> [(String, String)] {
        let title = directory.lastPathComponent.isEmpty ? "Briefings" : directory.lastPathComponent
        return [
            (SiteConfig.fileName, """
                # Settings of this site: see "brief.yml reference" in brief's README.
                title: \(YAMLText.quoted(title))
                description: ""
                author: ""
                language: en
                # Where the site is published, for canonical links, feeds and the sitemap:
                # base_url: https://example.org/
                paginate: 20
                unsafe_html: false

                """),
            ("content/welcome.md", """
                ---
                title: Welcome to your briefings
                date: \(DayText.string(today))
                tags: [getting-started]
                source: brief
                ---
                Every Markdown file in `content/` is a briefing. Quotes such as "this one," said \
                the editor, are highlighted and tied to their speaker, and the people, places and \
                organisations they name get pages of their own.

                Paste a whole article from a web page into a `.txt` file and brief cleans it up.
                Link to another briefing by its file, like [this one](welcome.md), and run
                `brief serve` to watch the site change as you write.

                """),
            (".gitignore", """
                # The built site, brief's caches, its build lock, the replaced output it keeps to
                # reuse (beside the output when that is on another file system than .brief-cache/)
                # and a killed build's leftovers are made by brief: never commit them.
                public/
                .brief-cache/
                .brief-serve/
                .*.brief-lock
                .*.brief-tmp-*/
                .*.brief-old-*/
                .*.brief-spare/

                """),
        ]
    }
}
