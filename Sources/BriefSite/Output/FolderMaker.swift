import Foundation

/// Makes the folders a tree of output files needs under `root`, parents first, each once:
/// one mkdir(2) per new folder (FileManager would stat every path component).
struct FolderMaker {
    let root: URL
    /// Folders (relative to `root`) known to exist, by bytes (`PathBytes`).
    private var made: Set<PathBytes>

    init(root: URL, existing: Set<PathBytes> = []) {
        self.root = root
        self.made = existing
    }

    /// Makes sure the folder holding `path` (relative to `root`) exists.
    mutating func ensureFolder(for path: String) throws(BuildError) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = path[..<slash]
        guard !made.contains(PathBytes(folder)) else { return }
        try ensureFolder(for: String(folder))
        try AtomicOutput.makeFolder(root.appendingPathComponent(String(folder)))
        made.insert(PathBytes(folder))
    }
}
