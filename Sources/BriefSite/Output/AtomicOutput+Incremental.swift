import BriefContent
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The pieces `StagingTree` assembles a new tree with (incremental builds).
extension AtomicOutput {
    /// Like `swapIn`, but the replaced tree goes to `spare` (when set and possible) instead of
    /// being deleted.
    ///
    /// The replaced tree is moved aside under `swapIn`'s name for it (`oldPrefix`) first, and to
    /// the spare's place only once the new tree is in: a build killed between the two renames
    /// leaves it where `cleanUpInterruptedBuilds` puts it back, with its own mode (as a swap
    /// undone). Moved straight to the spare's place, it was made the owner's alone there, and
    /// the next build, finding no output, gave the new one a fresh folder's mode.
    func swapKeepingSpare(_ temp: URL) throws(BuildError) {
        let fileManager = FileManager.default
        guard let spare, fileManager.fileExists(atPath: destination.path) else { return try swapIn(temp) }
        // The new tree may be the last spare, the owner's alone (`AtomicOutput+Modes`).
        try matchOutputPermissions(temp)
        try? fileManager.createDirectory(at: spare.deletingLastPathComponent(), withIntermediateDirectories: true)
        if fileManager.fileExists(atPath: spare.path) { try? fileManager.removeItem(at: spare) }
        let old = parent.appendingPathComponent(oldPrefix + Self.token())
        // As `swapIn` would: where this fails, so would its own first rename (the same one).
        try moveAside(to: old)
        SwapProbe.shared.betweenRenames(of: destination)
        do {
            try rename(temp, to: destination)
        } catch {
            try? rename(old, to: destination)
            throw error
        }
        // The new site is in place. The old tree becomes the spare (the owner's alone), or, where
        // it cannot be moved there, goes as `swapIn`'s does (else the next build removes it).
        // Marked used before it is moved: its time is the old output folder's, maybe weeks old,
        // and a build of another output could take it for stale the moment it is the spare
        // (`SpareLocation.removeStale`).
        SpareLocation.markUsed(old)
        guard (try? rename(old, to: spare)) != nil else {
            try? fileManager.removeItem(at: old)
            return
        }
        Self.protectSpare(atPath: spare.path)
    }

    /// Whether the file system holding `folder` folds case (`A.html` and `a.html` are one file,
    /// as by default on macOS), found by making a file in it and asking for its name in lower
    /// case. A spare tree there is not reused: its stale `A.html` would be taken for the page
    /// `a.html` a build writes, and removed with it. False when `folder` cannot be probed.
    static func foldsCase(in folder: URL) -> Bool {
        let name = ".brief-CASE-\(token())"
        let upper = folder.path + "/" + name
        let descriptor = open(upper, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        close(descriptor)
        defer { _ = posixUnlink(upper) }
        var info = stat()
        return lstat(folder.path + "/" + name.lowercased(), &info) == 0
    }

    /// Every regular file (with its inode number) and folder under `root`, by relative path.
    /// Inodes come from the folder reads (`d_ino`), not `lstat`: the spare tree holds some 40,000 files at
    /// 10,000 briefings, and a stat each was most of the listing's time. The folders are a list
    /// (their table is made once, by the caller); the files' table is sized for `expectedFiles`
    /// (the last output's count) and filled as the walk goes, with no list of entries between.
    /// The tree is scratch (the spare, brief's own): an entry whose name is not valid UTF-8 (a
    /// stray someone put inside the output, which became the spare) is removed here, by its bytes.
    /// `stop` is asked before each folder is entered: once it says true, no more are, and the
    /// listing is nil (it would be partial).
    static func listing(of root: URL, expectedFiles: Int = 0, stop: () -> Bool) -> (files: [PathBytes: UInt64], folders: [Substring])? {
        var stopped = false
        let listed = listing(of: root, expectedFiles: expectedFiles) { _ in
            stopped = stopped || stop()
            return stopped
        }
        return stopped ? nil : listed
    }

    static func listing(
        of root: URL, expectedFiles: Int = 0, skipFolder: (String) -> Bool = { _ in false }
    ) -> (files: [PathBytes: UInt64], folders: [Substring]) {
        var files: [PathBytes: UInt64] = [:]
        var folders: [Substring] = []
        files.reserveCapacity(expectedFiles)
        let rootPath = root.standardizedFileURL.path
        DirectoryWalk.everything(under: rootPath, skipFolder: skipFolder) { entry in
            switch entry.kind {
            case .folder: folders.append(entry.path[...])
            case .file: files[PathBytes(entry.path)] = entry.inode
            // Not a regular file (a link someone put there): removed like a stale file, never
            // taken for an output file (no inode matches 0). (`everything` lists no special files,
            // nor unreadable folders: one is a `folder` there.)
            case .link, .special, .unreadable: files[PathBytes(entry.path)] = 0
            // Its path shows the bad bytes escaped, which an unlink by it did not find: the
            // stray stayed in the tree, so in every other output (a file or a whole folder).
            case .invalidName: removeInvalidName(entry, under: rootPath)
            }
        }
        return (files, folders)
    }

    /// Removes the `invalidName` entry of the walk of `root` (with all in it, a folder), by the
    /// bytes of its name, from its folder (whose path is valid: no walk goes into such a name).
    static func removeInvalidName(_ entry: DirectoryWalk.Entry, under root: String) {
        guard let bytes = entry.invalidBytes else { return }
        // The escaped name holds no `/` (no name does), so its folder is the path before the last.
        let folder = entry.path.utf8.lastIndex(of: UInt8(ascii: "/")).map { root + "/" + String(entry.path[..<$0]) } ?? root
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        FolderName.remove((bytes + [0]).map { CChar(bitPattern: $0) }, in: descriptor)
    }

    /// Removes the file at `url`; one already gone is fine, also when a folder above it became a
    /// file (`ENOTDIR`: the spare's `x/y` after `x` was written as a page).
    static func unlink(_ url: URL) throws(BuildError) {
        let result = url.withUnsafeFileSystemRepresentation { path in path.map { posixUnlink($0) } ?? -1 }
        if result != 0, errno != ENOENT, errno != ENOTDIR {
            throw BuildError(path: url.path, message: "cannot replace the file: \(String(cString: strerror(errno)))")
        }
    }

    /// `link(2)`; where hard links are not possible (another file system, no permission) a copy.
    /// Whether it linked (false: copied).
    @discardableResult
    static func link(atPath source: String, to target: String) throws(BuildError) -> Bool {
        let result = source.withCString { from in target.withCString { to in posixLink(from, to) } }
        guard result != 0 else { return true }
        do {
            try FileManager.default.copyItem(atPath: source, toPath: target)
        } catch {
            throw BuildError(path: target, message: "cannot link or copy the unchanged file: \(error.localizedDescription)")
        }
        return false
    }
}

private func posixLink(_ from: UnsafePointer<CChar>, _ to: UnsafePointer<CChar>) -> Int32 {
    #if canImport(Glibc)
    return Glibc.link(from, to)
    #else
    return Darwin.link(from, to)
    #endif
}

private func posixUnlink(_ path: UnsafePointer<CChar>) -> Int32 {
    #if canImport(Glibc)
    return Glibc.unlink(path)
    #else
    return Darwin.unlink(path)
    #endif
}
