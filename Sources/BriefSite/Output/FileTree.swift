import BriefContent
import Foundation

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
    static func unreadableFolders(in siteDirectory: URL, folder: String, includeHidden: Bool = false) -> [Diagnostic] {
        let walked = DirectoryWalk.entries(
            under: siteDirectory.appendingPathComponent(folder, isDirectory: true).standardizedFileURL.path,
            skipHidden: !includeHidden, includeSpecial: true,
            skipFolder: { path in junk.contains(String(path.split(separator: "/").last ?? "")) })
        return walked.compactMap { entry in
            guard ContentLoader.isLoss(entry.kind) else { return nil }
            let path = entry.path.isEmpty ? folder : folder + "/" + entry.path
            return Diagnostic(path: path, message: ContentLoader.skippedMessage(entry.kind))
        }
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
