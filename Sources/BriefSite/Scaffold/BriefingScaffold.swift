import BriefContent
import Foundation

/// `brief new "Title"`: a new Markdown briefing `content/[FOLDER/]SLUG.md` with front matter
/// (title, today's date, empty tags, `draft: true`, so it is published only once the line is
/// removed; `brief serve --drafts` shows it meanwhile). Never overwrites a file.
public struct BriefingScaffold: Sendable {
    public var siteDirectory: URL
    public var title: String
    /// A folder inside `content/`, e.g. `europe` or `world/asia`.
    public var folder: String?
    public var today: Date

    public init(siteDirectory: URL, title: String, folder: String? = nil, today: Date = Date()) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        self.title = title
        self.folder = folder
        self.today = today
    }

    /// Writes the briefing; returns its path relative to the site.
    @discardableResult
    public func run() throws(ScaffoldError) -> String {
        let fm = FileManager.default
        guard fm.fileExists(atPath: siteDirectory.appendingPathComponent(SiteConfig.fileName).path) else {
            throw ScaffoldError("no brief.yml in \(siteDirectory.path); is this a brief site? (use --site DIR, or brief init)")
        }
        // Composed, as the build reads files: a pasted decomposed `ü` would give `mu-ller.md`.
        let cleanTitle = NormalForm.composed(title.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !cleanTitle.isEmpty else { throw ScaffoldError("the title is empty") }
        let slug = Slug.make(from: cleanTitle)
        guard !slug.isEmpty else { throw ScaffoldError("cannot make a file name from \"\(cleanTitle)\"; use a title with letters or digits") }
        let folderPath = try Self.checkedFolder(folder)
        try Self.refuseLinks(in: folderPath, siteDirectory: siteDirectory)
        let path = "content/" + (folderPath.map { $0 + "/" } ?? "") + slug + ".md"
        let url = siteDirectory.appendingPathComponent(path)
        // A link there, even one to nothing, is taken too: writing through it would land elsewhere.
        if fm.fileExists(atPath: url.path) || Self.isSymbolicLink(url.path) {
            throw ScaffoldError("\(path) already exists; choose another title or edit that file")
        }
        let text = """
            ---
            title: \(YAMLText.quoted(cleanTitle))
            date: \(DayText.string(today))
            tags: []
            draft: true
            ---


            """
        do {
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw ScaffoldError("cannot write \(path): \(error.localizedDescription)")
        }
        return path
    }

    /// A relative folder inside content/ with no `..`, hidden or empty parts, not the entities folder.
    public static func checkedFolder(_ folder: String?) throws(ScaffoldError) -> String? {
        guard let folder else { return nil }
        if folder.hasPrefix("/") { throw ScaffoldError("--folder is relative to content/; leave out the leading /") }
        let parts = folder.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.isEmpty else { return nil }
        for part in parts where part == "." || part == ".." || part.hasPrefix(".") || part.contains("\\") {
            throw ScaffoldError("--folder must be a folder inside content/, without `..` or hidden parts")
        }
        if parts[0] == Substring(ContentLoader.entitiesFolder) {
            throw ScaffoldError("content/\(ContentLoader.entitiesFolder)/ holds entity notes, not briefings")
        }
        return parts.joined(separator: "/")
    }

    /// Refuses a `folder` (checked by `checkedFolder`) that passes through a symbolic link, the
    /// build's rule for content/ (it reports every link there and follows none): a briefing
    /// written through one would land outside the site or go unread. Plain folders without `..`
    /// cannot leave content/, so its real path is then inside content/'s. Parts that do not
    /// exist yet are made as plain folders.
    static func refuseLinks(in folder: String?, siteDirectory: URL) throws(ScaffoldError) {
        guard let folder else { return }
        let content = siteDirectory.appendingPathComponent("content", isDirectory: true)
        var current = content
        var shown = "content"
        for part in folder.split(separator: "/") {
            current = current.appendingPathComponent(String(part), isDirectory: true)
            shown += "/" + part
            if isSymbolicLink(current.path) {
                throw ScaffoldError("\(shown) is a symbolic link; brief does not follow links under content/ (the build would refuse it): use a real folder")
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: current.path, isDirectory: &isFolder) else { return }
            guard isFolder.boolValue else { throw ScaffoldError("\(shown) is a file, not a folder") }
        }
    }

    /// Whether `path` itself is a symbolic link (`lstat`: the link is not followed).
    static func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }
}
