import Foundation

/// Lists the regular files under a folder, recursively, skipping hidden ones.
enum FileTree {
    /// `(path relative to folder with "/" separators, url)`, sorted by path; empty when the folder is missing.
    static func files(under folder: URL) -> [(path: String, url: URL)] {
        let base = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var result: [(String, URL)] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(base + "/") else { continue }
            result.append((String(full.dropFirst(base.count + 1)), url))
        }
        return result.sorted { $0.0 < $1.0 }
    }
}
