import BriefContent
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps a build from replacing what is not its own.
///
/// The output folder is replaced as a whole (`AtomicOutput`), and whatever was in it before ends
/// up in the spare tree or deleted. So a build may write to a folder that does not exist yet, an
/// empty one, the site's own `public/`, or a site brief built (the cache holds its manifest, or it
/// holds `data/briefings.json`, which every build writes); never to a file, to a folder holding
/// other things, to the site or a folder the site reads (a build would read its own output), or
/// to the cache. Paths are compared with links resolved, so a link cannot smuggle a folder past.
struct OutputGuard {
    let site: URL
    let output: URL
    let cacheFolder: URL
    /// What `followingLink` found when it left `output` a link: its folder's path up to the
    /// name in it that is not valid UTF-8, as it is said; nil when it found none.
    let linkToInvalidName: String?

    /// The file every build writes, by which an earlier build's output is known without the cache.
    static let builtSiteMark = "data/briefings.json"
    /// Folders of the site a build reads or owns: an output in or around them is refused.
    static let siteFolders = ["content", "templates", "static", BuildCache.folderName]

    func check() throws(BuildError) {
        // Left a link by `followingLink`: read as text, its folder's path is another folder's.
        if let folder = linkToInvalidName {
            throw BuildError(
                path: self.output.path,
                message: DirectoryWalk.FolderEntries.invalidNameRefusal(
                    "the output links to \(folder), which", cannot: "write a site", chooseAnother: "--output"))
        }
        let output = Self.realPath(self.output)
        let site = Self.realPath(self.site)
        if output == "/" {
            throw BuildError(path: self.output.path, message: "the output folder cannot be the root")
        }
        // Each folder resolved on its own too: a `static` linked to a shared folder is that folder.
        let folders = [("", site)] + Self.siteFolders.map { ($0, Self.realPath(self.site.appendingPathComponent($0))) }
        for (name, folder) in folders {
            if output == folder || folder.hasPrefix(output + "/") {
                throw BuildError(path: self.output.path, message: "the output folder would replace \(folder); choose another --output")
            }
            if !name.isEmpty, output.hasPrefix(folder + "/") {
                throw BuildError(
                    path: self.output.path,
                    message: "the output folder is inside the site's \(name)/, which a build reads or keeps for itself; choose a folder outside it")
            }
        }
        try checkWhatIsThere()
    }

    /// What is at the output path now: nothing, or a folder brief may replace.
    private func checkWhatIsThere() throws(BuildError) {
        var status = stat()
        guard lstat(output.path, &status) == 0 else { return }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            break
        case S_IFLNK:
            throw BuildError(path: output.path, message: "the output is a link that does not lead to a folder; remove it or choose another --output")
        default:
            throw BuildError(
                path: output.path,
                message: "the output is a file, not a folder: brief replaces its output folder as a whole, so it will not replace a file; choose another --output")
        }
        if output.path == site.appendingPathComponent("public").path { return }
        let fileManager = FileManager.default
        // A folder that cannot be listed is not known to be empty.
        if (try? fileManager.contentsOfDirectory(atPath: output.path))?.isEmpty == true { return }
        if fileManager.fileExists(atPath: OutputManifest.url(in: cacheFolder, for: output).path) { return }
        if fileManager.fileExists(atPath: output.appendingPathComponent(Self.builtSiteMark).path) { return }
        throw BuildError(
            path: output.path,
            message: "the output folder holds files brief did not write: a build replaces the whole folder, so it builds only into a new or empty folder or a site it built before; empty it, or choose another --output")
    }

    /// `url`, or the folder it links to when it is a link to a folder: the output is built
    /// there, so a `public` linked to a web root stays a link.
    /// A link to a folder whose path has a name that is not valid UTF-8 stays a link, which
    /// `check` refuses (told `linkToInvalidName`, that path as it is said): read as text, with
    /// U+FFFD for each bad byte, that path named another folder, which the build made and
    /// wrote the site into.
    static func followingLink(_ url: URL) -> (url: URL, linkToInvalidName: String?) {
        guard isLinkToFolder(url) else { return (url, nil) }
        if let folder = invalidLinkTarget(url) { return (url, folder) }
        return (URL(fileURLWithPath: realPath(url), isDirectory: true), nil)
    }

    /// Whether `url` is a link that leads to a folder.
    private static func isLinkToFolder(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
            && stat(url.path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// When the link to a folder `url` resolves to a path with a name that is not valid UTF-8:
    /// that path up to and with the name, as it is said (its bad bytes as `\xHH`); else nil.
    private static func invalidLinkTarget(_ url: URL) -> String? {
        guard let resolved = realpath(url.path, nil) else { return nil }
        defer { free(resolved) }
        return DirectoryWalk.FolderEntries.firstInvalidName(inPath: DirectoryWalk.FolderEntries.bytes(ofCString: resolved))
    }

    /// `url`'s path with every link resolved, in the part of it that exists.
    static func realPath(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while true {
            if let resolved = realpath(existing.path, nil) {
                defer { free(resolved) }
                let base = String(cString: resolved)
                return rest.reversed().reduce(base) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
            }
            let parent = existing.deletingLastPathComponent()
            if parent.path == existing.path { return url.standardizedFileURL.path }
            rest.append(existing.lastPathComponent)
            existing = parent
        }
    }
}
