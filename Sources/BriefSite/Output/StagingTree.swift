import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The new output tree, assembled beside the destination while the build renders: each changed
/// file is written into it as soon as its bytes exist (from any task), so no build ever holds
/// the whole site in memory. `finish` adds the unchanged files (hard links to the current output)
/// and swaps the tree in with `rename(2)`; `discard` removes it. Either way the destination is the
/// previous build or the new one, never a mix, and a failed build leaves it untouched.
///
/// The temp tree is made on the first write, so a build that changes nothing touches nothing.
/// When the tree the last swap replaced is kept (`AtomicOutput.spare`), it becomes the temp tree:
/// its folders are reused and most of its files already are the output's (same inodes).
///
/// Thread-safe: `write` may be called from many tasks at once (file bytes are written outside
/// the lock; folders and bookkeeping under it). Write errors are kept and thrown by `finish`.
final class StagingTree: @unchecked Sendable {
    let output: AtomicOutput
    let previous: OutputManifest
    private let lock = NSLock()
    private var temp: URL?
    /// What the reused spare held when it became the temp tree (empty for a fresh tree).
    private var spareFiles: [String: OutputManifest.Record] = [:]
    private var spareFolders: Set<String> = []
    /// Folders (relative) known to exist in the temp tree.
    private var folders: Set<Substring> = []
    /// Identities of the files written so far.
    private var written: [String: OutputManifest.Record] = [:]
    private var failure: BuildError?

    init(output: AtomicOutput, previous: OutputManifest) {
        self.output = output
        self.previous = previous
    }

    /// Writes `bytes` at `path` in the new tree; returns the planned file to list in the manifest.
    func write(_ path: String, key: UInt64, bytes: UnsafeRawBufferPointer) -> PlannedFile {
        do {
            let root = try prepare(folderOf: path)
            let target = root.appendingPathComponent(path)
            try Self.clear(target)
            try AtomicOutput.writeFile(bytes, to: target)
            let record = OutputManifest.identity(of: target, key: key)
            lock.withLock { written[path] = record }
        } catch {
            lock.withLock { if failure == nil { failure = error } }
        }
        return PlannedFile(path: path, key: key, source: .written)
    }

    /// Writes a page's text (as UTF-8).
    func write(_ path: String, key: UInt64, text: String) -> PlannedFile {
        var text = text
        return text.withUTF8 { write(path, key: key, bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Writes a page's bytes.
    func write(_ path: String, key: UInt64, bytes: [UInt8]) -> PlannedFile {
        bytes.withUnsafeBytes { write(path, key: key, bytes: $0) }
    }

    func write(_ path: String, key: UInt64, data: Data) -> PlannedFile {
        data.withUnsafeBytes { write(path, key: key, bytes: $0) }
    }

    /// Makes the temp tree when needed and the folder `path` goes in; returns the tree's root.
    private func prepare(folderOf path: String) throws(BuildError) -> URL {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        let root = try makeTempTree()
        try ensureFolder(for: path[...], in: root)
        return root
    }

    /// Under the lock.
    private func makeTempTree() throws(BuildError) -> URL {
        if let temp { return temp }
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(at: output.parent, withIntermediateDirectories: true)
        } catch {
            throw BuildError(path: output.parent.path, message: "cannot create the output's parent folder: \(error.localizedDescription)")
        }
        let url = output.parent.appendingPathComponent(output.tempPrefix + AtomicOutput.token())
        // Deleting and creating thousands of folders costs far more than the files on some disks.
        if let spare = output.spare, fileManager.fileExists(atPath: spare.path), (try? output.rename(spare, to: url)) != nil {
            (spareFiles, spareFolders) = AtomicOutput.listing(of: url)
            folders = Set(spareFolders.lazy.map { Substring($0) })
        } else {
            try AtomicOutput.makeFolder(url)
        }
        temp = url
        return url
    }

    /// Under the lock: makes the folders holding `path`, parents first. A file of the spare where
    /// a folder is now needed is removed.
    private func ensureFolder(for path: Substring, in root: URL) throws(BuildError) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = path[..<slash]
        guard !folders.contains(folder) else { return }
        try ensureFolder(for: folder, in: root)
        let url = root.appendingPathComponent(String(folder))
        if spareFiles[String(folder)] != nil { try AtomicOutput.unlink(url) }
        try AtomicOutput.makeFolder(url)
        folders.insert(folder)
    }

    /// Whatever the reused spare has at `target` goes first: its files may be hard links to the
    /// live output, which must never be written into. A folder there (now a file) goes whole.
    private static func clear(_ target: URL) throws(BuildError) {
        do {
            try AtomicOutput.unlink(target)
        } catch {
            var info = stat()
            let isFolder = target.withUnsafeFileSystemRepresentation { path in path.map { lstat($0, &info) } ?? -1 } == 0
                && (info.st_mode & S_IFMT) == S_IFDIR
            guard isFolder else { throw error }
            do { try FileManager.default.removeItem(at: target) } catch {
                throw BuildError(path: target.path, message: "cannot replace the folder: \(error.localizedDescription)")
            }
        }
    }

    /// Completes the tree with `files` (every file of the new output: written, unchanged and
    /// copied ones), removes what the new output does not have, and swaps it in. Returns the new
    /// output's manifest. When nothing changed at all, nothing is touched. On failure the temp
    /// tree is removed and the destination kept.
    func finish(_ files: [PlannedFile]) throws(BuildError) -> OutputManifest {
        var manifest = OutputManifest()
        manifest.records.reserveCapacity(files.count)
        let allUnchanged = files.allSatisfy { if case .unchanged = $0.source { true } else { false } }
        if temp == nil, failure == nil, allUnchanged, files.count == previous.records.count {
            for file in files { manifest.records[file.path] = previous.records[file.path] }
            return manifest
        }
        do throws(BuildError) {
            if let failure { throw failure }
            lock.lock()
            let made = Result { () throws(BuildError) -> URL in try makeTempTree() }
            lock.unlock()
            let root = try made.get()
            try complete(files, root: root, manifest: &manifest)
            try output.swapKeepingSpare(root)
        } catch {
            discard()
            throw error
        }
        return manifest
    }

    private func complete(_ files: [PlannedFile], root: URL, manifest: inout OutputManifest) throws(BuildError) {
        let fileManager = FileManager.default
        // Files and folders the new tree does not have go (a spare's stale pages).
        let planned = Set(files.map(\.path))
        var needed: Set<Substring> = []
        for file in files {
            var path = file.path[...]
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                if !needed.insert(path).inserted { break }
            }
        }
        for (path, _) in spareFiles where !planned.contains(path) && !needed.contains(Substring(path)) {
            try AtomicOutput.unlink(root.appendingPathComponent(path))
        }
        for path in written.keys where !planned.contains(path) {
            try AtomicOutput.unlink(root.appendingPathComponent(path))
        }
        for folder in spareFolders.sorted(by: >) where !needed.contains(Substring(folder)) && !planned.contains(folder) {
            try? fileManager.removeItem(at: root.appendingPathComponent(folder))
        }
        for file in files {
            switch file.source {
            case .written:
                guard let record = written[file.path] else {
                    throw BuildError(path: root.path + "/" + file.path, message: "cannot write the site: the file was not written")
                }
                manifest.records[file.path] = record
            case .unchanged:
                let current = previous.records[file.path]
                if let there = spareFiles[file.path], let current, there.inode == current.inode {
                    manifest.records[file.path] = current
                    continue
                }
                let target = root.appendingPathComponent(file.path)
                try ensureFolder(for: file.path[...], in: root)
                try Self.clear(target)
                try AtomicOutput.link(output.destination.appendingPathComponent(file.path), to: target)
                // A copy (where links fail) is a new inode: record what is there now.
                manifest.records[file.path] = OutputManifest.identity(of: target, key: file.key)
            case .copy(let source):
                let target = root.appendingPathComponent(file.path)
                try ensureFolder(for: file.path[...], in: root)
                try Self.clear(target)
                do { try fileManager.copyItem(at: source, to: target) } catch {
                    throw BuildError(path: target.path, message: "cannot copy \(source.path): \(error.localizedDescription)")
                }
                manifest.records[file.path] = OutputManifest.identity(of: target, key: file.key)
            }
        }
    }

    /// Removes the temp tree (a failed build); the destination is untouched.
    func discard() {
        lock.withLock {
            if let temp { try? FileManager.default.removeItem(at: temp) }
            temp = nil
        }
    }
}
