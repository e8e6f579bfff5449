import BriefContent
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the regular files under a folder, recursively.
enum FileTree {
    /// Never published, even from static/.
    static let junk: Set<String> = [".DS_Store", ".git", "Thumbs.db", ".svn", ".hg"]

    /// `(path relative to folder with "/" separators, url)`, sorted by path; empty when the folder
    /// is missing. Hidden files are skipped unless `includeHidden` (static/ keeps `.well-known/`,
    /// `.nojekyll`, ...); `junk` is always skipped.
    static func files(under folder: URL, includeHidden: Bool = false) -> [(path: String, url: URL)] {
        let base = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey],
            options: includeHidden ? [] : [.skipsHiddenFiles])
        else { return [] }
        var result: [(String, URL)] = []
        for case let url as URL in enumerator {
            if junk.contains(url.lastPathComponent) {
                enumerator.skipDescendants()
                continue
            }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(base + "/") else { continue }
            result.append((String(full.dropFirst(base.count + 1)), url))
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// The folders of `siteDirectory/folder` (`templates`, `static`), that folder itself too, that
    /// are there but cannot be opened (no permission), as errors naming them: `files(under:)`
    /// lists none of the files in one, and the site would lose them without a word. The rule and
    /// words of content/'s (`ContentLoader.isLoss`); the folders `files` skips (hidden ones unless
    /// `includeHidden`, `junk`) are not looked into, nor said. Nothing when `folder` is missing.
    ///
    /// A folder that can be listed but not entered (`r` without `x`: `chmod -R 644 templates`) is
    /// one too: its names are read, but no file in it can be looked at, and `files` skipped each
    /// of them. Only the outermost such folder is named (those in it cannot be opened either).
    /// A file (not a folder) named `folder` is an error of its own words.
    static func unreadableFolders(in siteDirectory: URL, folder: String, includeHidden: Bool = false) -> [Diagnostic] {
        let root = siteDirectory.appendingPathComponent(folder, isDirectory: true).standardizedFileURL.path
        var info = stat()
        // Followed, as the walk does: a link to a folder is read as the folder. Only a missing
        // folder is nothing to say: a link loop (`ELOOP`) or a path brief may not look at would
        // otherwise drop the whole folder in silence (the theme falling back to the built-in one).
        guard stat(root, &info) == 0 else {
            let failure = errno
            return failure == ENOENT ? [] : [Diagnostic(path: folder, message: ContentLoader.skippedMessage(.unreadable(errno: failure)))]
        }
        if info.st_mode & S_IFMT != S_IFDIR {
            return [Diagnostic(path: folder, message: ContentLoader.skippedMessage(.unreadable(errno: ENOTDIR)))]
        }
        let walked = DirectoryWalk.entries(
            under: root, skipHidden: !includeHidden, includeFolders: true, includeSpecial: true,
            skipFolder: { path in junk.contains(String(path.split(separator: "/").last ?? "")) }
        ).map { (path: $0.path, kind: $0.kind) }
        // The folder itself is listed only when it cannot be opened; sorted by path, a folder
        // comes before what is in it.
        let entries = walked.contains(where: { $0.path.isEmpty }) ? walked : [(path: "", kind: .folder)] + walked
        var said: [String] = []
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            var kind = entry.kind
            if kind == .folder {
                let full = entry.path.isEmpty ? root : root + "/" + entry.path
                guard faccessat(AT_FDCWD, full, X_OK, AT_EACCESS) != 0 else { continue }
                kind = .unreadable(errno: errno)
            }
            guard ContentLoader.isLoss(kind), !said.contains(where: { $0.isEmpty || entry.path.hasPrefix($0 + "/") }) else { continue }
            said.append(entry.path)
            let path = entry.path.isEmpty ? folder : folder + "/" + entry.path
            diagnostics.append(Diagnostic(path: path, message: ContentLoader.skippedMessage(kind)))
        }
        return diagnostics
    }

    /// The site's `static/` folder, published at the output's root: its files (hidden ones too:
    /// `.well-known/`, `.nojekyll`) and its folders that cannot be opened, as `brief build` and
    /// `brief check` both read it.
    static func staticFolder(of siteDirectory: URL) -> (files: [(path: String, url: URL)], unreadable: [Diagnostic]) {
        let files = files(under: siteDirectory.appendingPathComponent(staticFolderName, isDirectory: true), includeHidden: true)
        return (files, unreadableFolders(in: siteDirectory, folder: staticFolderName, includeHidden: true))
    }

    /// The folder of files published as they are.
    static let staticFolderName = "static"
}
