import BriefContent
import Foundation

/// Lists the regular files under a folder, recursively, with the walk content/ is read with
/// (`DirectoryWalk`): links are never followed, and a folder mounted inside is walked like any
/// other (no device is compared; Foundation's enumerator skipped a mount point in silence).
enum FileTree {
    /// Never published, even from static/.
    static let junk: Set<String> = [".DS_Store", ".git", "Thumbs.db", ".svn", ".hg"]

    /// What one walk of `siteDirectory/folder` (`templates`, `static`) finds: its files
    /// (`Listing.files`), and its folders that are there but cannot be opened (no
    /// permission), that folder itself too, and its entries whose names are not valid UTF-8, as
    /// errors naming them: none of those files are listed, and the site would lose them without
    /// a word. The rule and words of content/'s (`ContentLoader.isLoss`); the folders not listed
    /// (hidden ones unless `includeHidden`, `junk`) are not looked into, nor said. Nothing when
    /// `folder` is missing.
    ///
    /// A folder that can be listed but not entered (`r` without `x`: `chmod -R 644 templates`) is
    /// one too: its names are read, but no file in it can be looked at. Only the outermost such
    /// folder is named (the walk does not go into it). A file (not a folder) named `folder` is
    /// an error of its own words.
    static func read(_ folder: String, in siteDirectory: URL, includeHidden: Bool = false) -> Listing {
        let root = siteDirectory.appendingPathComponent(folder, isDirectory: true).standardizedFileURL.path
        // The walk opens `root` following links, as a link to a folder is read as the folder, and
        // says why it could not (path ""): only a missing folder is nothing to say; a file there
        // (`ENOTDIR`), a link loop (`ELOOP`) or a folder brief may not open would otherwise drop
        // the whole folder in silence (the theme falling back to the built-in one).
        let walked = walk(root, includeHidden: includeHidden)
        // The walk does not go into a folder it cannot open or enter: none is inside another.
        let unreadable = walked.filter { ContentLoader.isLoss($0.kind) }.map { entry in
            Diagnostic(path: entry.path.isEmpty ? folder : folder + "/" + entry.path, message: ContentLoader.skippedMessage(entry.kind))
        }
        return Listing(files: files(in: walked, root: root), unreadable: unreadable)
    }

    /// A site folder's files and the errors of what it cannot read (`read`): folders that cannot
    /// be opened, names that are not valid UTF-8.
    struct Listing {
        /// `(path relative to the folder, "/"-separated, url)`, sorted by path; empty when the
        /// folder is missing. Hidden files are left out unless `includeHidden` (static/ keeps
        /// `.well-known/`, `.nojekyll`, ...); `junk` always.
        var files: [(path: String, url: URL)]
        var unreadable: [Diagnostic]
    }

    /// Everything under `root` (full path) the listings look at, sorted by path: files, links,
    /// special files, the folders that cannot be opened or entered and the names that are not
    /// valid UTF-8; not the junk folders (junk files are left out by `files(in:)`).
    private static func walk(_ root: String, includeHidden: Bool) -> [DirectoryWalk.Entry] {
        DirectoryWalk.entries(
            under: root, skipHidden: !includeHidden, includeSpecial: true, enteredOnly: true,
            skipFolder: { path in junk.contains(lastName(path)) })
    }

    /// The regular files among `walked` (links are never copied: one could publish any file of
    /// the machine), but the junk.
    private static func files(in walked: [DirectoryWalk.Entry], root: String) -> [(path: String, url: URL)] {
        walked.compactMap { entry in
            guard entry.kind == .file, !junk.contains(lastName(entry.path)) else { return nil }
            return (entry.path, URL(fileURLWithPath: root + "/" + entry.path, isDirectory: false))
        }
    }

    /// The last name of a `/`-separated path.
    private static func lastName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? "")
    }

    /// The site's `static/` folder, published at the output's root: its files (hidden ones too:
    /// `.well-known/`, `.nojekyll`) and its folders that cannot be opened, as `brief build` and
    /// `brief check` both read it.
    static func staticFolder(of siteDirectory: URL) -> Listing {
        read(staticFolderName, in: siteDirectory, includeHidden: true)
    }

    /// The folder of files published as they are.
    static let staticFolderName = "static"
}
