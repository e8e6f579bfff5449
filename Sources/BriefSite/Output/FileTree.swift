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
}
